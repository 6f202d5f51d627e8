//! `yardd.json`: where the store lives, where to listen, which peers to replicate to.

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    pub root: PathBuf,
    pub listen: String,
    #[serde(default)]
    pub peers: Vec<String>,
    #[serde(default)]
    pub pinned: Vec<String>,
    #[serde(with = "secs", default = "default_interval")]
    pub upload_interval: Duration,
}

fn default_interval() -> Duration {
    Duration::from_secs(30)
}

mod secs {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        Ok(Duration::from_secs(u64::deserialize(d)?))
    }
}

impl Config {
    pub fn read(path: &str) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        Ok(serde_json::from_str(&text)?)
    }
}
