//! One module per mode of running.

pub mod bridge;
pub mod exit_node;
pub mod gateway;
pub mod mesh;
pub mod probe;
pub mod relay;
pub mod resolver;
pub mod serve;
pub mod watch;
