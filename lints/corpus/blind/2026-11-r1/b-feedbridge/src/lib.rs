//! feedbridge: polls a set of RSS/Atom feeds and forwards new items to chat webhooks, with a
//! small on-disk store of what was already forwarded.

pub mod config;
pub mod legacy;
pub mod notify;
pub mod poller;
pub mod store;

pub use config::BridgeConfig;
