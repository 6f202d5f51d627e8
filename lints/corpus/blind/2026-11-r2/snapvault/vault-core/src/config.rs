//! Reading `vault.toml`: where the repository lives and which remote it talks to.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub repo: PathBuf,
    pub remote: RemoteConfig,
    #[serde(default = "default_chunk_size")]
    pub chunk_size: usize,
    #[serde(default = "default_keep_last")]
    pub keep_last: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RemoteConfig {
    pub url: String,
    pub token: Option<String>,
    #[serde(default)]
    pub mirrors: Vec<String>,
}

fn default_chunk_size() -> usize {
    4 * 1024 * 1024
}

fn default_keep_last() -> usize {
    10
}

/// Reads and parses the config file. Called once, at startup.
pub fn load(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
    let cfg: Config = toml::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(cfg)
}

pub fn default_path() -> PathBuf {
    std::env::var_os("VAULT_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("vault.toml"))
}
