//! `zonewarden.toml`.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    pub listen: String,
    pub zone_dir: PathBuf,
    pub pid_file: PathBuf,
    pub blocklist: PathBuf,
    pub upstreams: Vec<String>,
    #[serde(default = "default_workers")]
    pub udp_workers: usize,
    #[serde(default = "default_max_tcp")]
    pub max_tcp: usize,
}

fn default_workers() -> usize {
    4
}

fn default_max_tcp() -> usize {
    128
}

impl Config {
    pub fn load(path: &str) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        Ok(toml::from_str(&text)?)
    }
}
