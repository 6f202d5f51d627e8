//! snapvault's engine: content-addressed snapshots of a directory tree, pushed to and pulled
//! from a remote chunk store. The `vault` CLI drives it one subcommand at a time.

pub mod bridge;
pub mod chunker;
pub mod config;
pub mod gc;
pub mod manifest;
pub mod remote;
pub mod restore;

#[cfg(test)]
mod test_utils;

pub use config::Config;
pub use manifest::Manifest;
pub use remote::RemoteStore;
