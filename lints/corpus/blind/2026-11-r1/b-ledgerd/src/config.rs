//! Loading and validating the daemon's TOML configuration.

use std::path::{Path, PathBuf};

use anyhow::bail;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub server_url: String,
    pub account: String,
    pub data_dir: PathBuf,
    pub pid_file: PathBuf,
    pub poll_secs: u64,
    #[serde(default)]
    pub peers: Vec<String>,
    #[serde(default)]
    pub legacy_endpoint: Option<String>,
}

fn read_config_text(path: &Path) -> anyhow::Result<String> {
    Ok(std::fs::read_to_string(path)?) // OK: blocking-in-async
}

pub fn parse(text: &str) -> anyhow::Result<Config> {
    let cfg: Config = toml::from_str(text)?;
    validate(&cfg)?;
    Ok(cfg)
}

pub fn load(path: impl AsRef<Path>) -> anyhow::Result<Config> {
    let text = read_config_text(path.as_ref())?; // OK: blocking-in-async
    parse(&text)
}

pub fn validate(cfg: &Config) -> anyhow::Result<()> {
    if cfg.poll_secs == 0 {
        bail!("poll_secs must be at least 1");
    }
    if !cfg.server_url.starts_with("https://") {
        bail!("server_url must use https");
    }
    Ok(())
}

/// Re-reads the config on SIGHUP.
pub async fn reload(path: &Path) -> anyhow::Result<Config> {
    let cfg = load(path)?; // EXPECT: blocking-in-async
    Ok(cfg)
}

/// The variant the admin socket uses; it stays off the worker thread.
pub async fn reload_nonblocking(path: &Path) -> anyhow::Result<Config> {
    if !path.exists() { // OK: blocking-in-async
        bail!("{} disappeared", path.display());
    }
    let text = tokio::fs::read_to_string(path).await?; // OK: blocking-in-async
    let cfg = parse(&text)?; // OK: blocking-in-async
    Ok(cfg)
}
