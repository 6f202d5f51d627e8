//! plugin-host: loads plugins that implement a sync callback interface and lets them call
//! back into the async core (key-value store, event bus, configuration) through a bridge.

pub mod bridge;
pub mod bus;
pub mod config;
pub mod host;
pub mod kv;
pub mod loader;
pub mod sandbox;
pub mod timers;
