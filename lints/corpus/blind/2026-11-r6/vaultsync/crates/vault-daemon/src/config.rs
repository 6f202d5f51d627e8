//! The daemon's settings file.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Config {
    pub listen: String,
    pub server: String,
    pub db_path: PathBuf,
    pub key_path: PathBuf,
    pub cursor_path: PathBuf,
    pub journal_path: PathBuf,
}

pub fn load() -> anyhow::Result<Config> {
    let text = std::fs::read_to_string("/etc/vaultd.toml")?; // OK: blocking-in-async
    Ok(toml::from_str(&text)?)
}
