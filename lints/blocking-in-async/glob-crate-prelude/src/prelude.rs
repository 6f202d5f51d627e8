//! The crate's prelude: re-exports and one crate helper that blocks.

pub use std::sync::Arc;

pub fn read_settings() -> String {
    std::fs::read_to_string("settings.toml").unwrap_or_default()
}

pub async fn sleep(_ms: u64) {}
