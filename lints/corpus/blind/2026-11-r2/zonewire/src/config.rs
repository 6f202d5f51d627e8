//! zonewire.toml.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub metrics_listen: Option<SocketAddr>,
    pub zone_dir: PathBuf,
    pub tsig_key_file: PathBuf,
    /// Forwarders, tried together; the first answer wins.
    pub upstreams: Vec<SocketAddr>,
    /// Secondaries told about serial changes (NOTIFY).
    #[serde(default)]
    pub secondaries: Vec<SocketAddr>,
    #[serde(default = "default_cache_size")]
    pub cache_size: usize,
    pub query_log: Option<PathBuf>,
    #[serde(default)]
    pub max_udp_qps: u32,
    pub audit_url: Option<String>,
    #[serde(default)]
    pub blocklist: Vec<String>,
    #[serde(default)]
    pub pinned: Vec<String>,
}

fn default_cache_size() -> usize {
    10_000
}
