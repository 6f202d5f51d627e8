//! tidesync.toml: the state file and the peers to pull from.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub state_file: PathBuf,
    pub peers: Vec<PeerConfig>,
    #[serde(default = "default_interval", with = "secs")]
    pub interval: Duration,
    pub operator_url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PeerConfig {
    pub name: String,
    pub url: String,
}

fn default_interval() -> Duration {
    Duration::from_secs(15)
}

mod secs {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        Ok(Duration::from_secs(u64::deserialize(d)?))
    }
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        Ok(toml::from_str(&text)?)
    }
}
