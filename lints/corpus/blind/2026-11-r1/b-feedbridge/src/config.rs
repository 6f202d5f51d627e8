//! The bridge's configuration: feeds and where their items go.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Feed {
    pub name: String,
    pub url: String,
    pub webhook: String,
    #[serde(default = "default_interval")]
    pub interval_secs: u64,
}

fn default_interval() -> u64 {
    300
}

#[derive(Debug, Clone, Deserialize)]
pub struct BridgeConfig {
    pub state_dir: String,
    pub feeds: Vec<Feed>,
    #[serde(default)]
    pub digest_hour: Option<u8>,
}
