//! Settings, read once per process from the config file.

use std::path::PathBuf;

use serde::Deserialize;
use tokio::sync::OnceCell;

static SETTINGS: OnceCell<Settings> = OnceCell::const_new();

#[derive(Debug, Deserialize)]
pub struct Settings {
    pub db_path: PathBuf,
    pub key_path: PathBuf,
    pub sync_address: String,
    pub listen: String,
    pub peers: Vec<String>,
}

fn config_path() -> PathBuf {
    let home = std::env::var("HOME").unwrap_or_else(|_| ".".into());
    PathBuf::from(home).join(".config/histsync/config.json")
}

fn read_settings_file() -> anyhow::Result<Settings> {
    let text = std::fs::read_to_string(config_path())?;
    Ok(serde_json::from_str(&text)?)
}

/// The settings; the first caller reads the file.
pub async fn settings() -> &'static Settings {
    SETTINGS
        .get_or_init(|| async { read_settings_file().expect("histsync settings") }) // OK: blocking-in-async
        .await
}
