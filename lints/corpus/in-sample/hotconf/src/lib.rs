//! hotconf: loads a layered TOML config and hot-reloads it when the file changes on disk.
pub mod reload;
pub mod watcher;

pub use reload::{ConfigHandle, Reloader};

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Settings {
    pub log_level: String,
    pub pool_size: u32,
    pub feature_flags: Vec<String>,
}
