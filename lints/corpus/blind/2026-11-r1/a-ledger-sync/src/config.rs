//! Node configuration: identity, owned shards, the cluster's peers and the replicas of each shard.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct NodeConfig {
    pub node_id: String,
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub shard_count: u32,
    pub owned_shards: Vec<u32>,
    pub peers: Vec<PeerConfig>,
    pub replication_factor: usize,
    #[serde(default = "default_gossip")]
    pub gossip_every: Duration,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PeerConfig {
    pub id: String,
    pub url: String,
}

fn default_gossip() -> Duration {
    Duration::from_secs(2)
}
