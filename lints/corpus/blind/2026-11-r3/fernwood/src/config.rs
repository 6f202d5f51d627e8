use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub stats_addr: String,
    pub hosts_file: PathBuf,
    pub zone_files: Vec<PathBuf>,
    pub blocklist: PathBuf,
    pub cache_file: PathBuf,
    pub upstreams: Vec<SocketAddr>,
    pub udp_workers: usize,
}

impl Config {
    pub fn read(path: &str) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        Ok(serde_json::from_str(&text)?)
    }
}
