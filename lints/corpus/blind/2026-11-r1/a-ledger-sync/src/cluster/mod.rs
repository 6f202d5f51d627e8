//! Cluster membership: the configured peers, which of them answered recently, and which replicas each
//! shard has.

pub mod client;
pub mod gossip;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::join_all;
use tokio::sync::RwLock;

use crate::config::NodeConfig;
use client::PeerClient;

#[derive(Debug, Clone)]
pub enum PeerEvent {
    Heard { peer: String, at: Instant },
    Unreachable { peer: String },
}

pub struct Cluster {
    me: String,
    peers: Vec<PeerClient>,
    alive: RwLock<HashSet<String>>,
    last_heard: RwLock<std::collections::HashMap<String, Instant>>,
}

impl Cluster {
    pub fn from_config(cfg: &NodeConfig) -> Cluster {
        let peers = cfg.peers.iter().map(|p| PeerClient::new(&p.id, &p.url)).collect();
        Cluster {
            me: cfg.node_id.clone(),
            peers,
            alive: RwLock::new(HashSet::new()),
            last_heard: RwLock::new(Default::default()),
        }
    }

    pub fn peers(&self) -> &[PeerClient] {
        &self.peers
    }

    /// The replicas of a shard: the next `factor` peers after the shard's position on the ring.
    pub fn replicas_for(&self, shard: u32, factor: usize) -> Vec<PeerClient> {
        if self.peers.is_empty() {
            return Vec::new();
        }
        let start = shard as usize % self.peers.len();
        self.peers.iter().cycle().skip(start).take(factor.min(self.peers.len())).cloned().collect()
    }

    pub async fn gossip_round(&self) {
        let results = join_all(self.peers.iter().map(|p| p.ping(&self.me))).await; // OK: unbounded-gather
        let mut alive = self.alive.write().await;
        alive.clear();
        for (p, r) in self.peers.iter().zip(results) {
            if r.is_ok() {
                alive.insert(p.id.clone());
            }
        }
    }

    pub async fn observe(&self, ev: PeerEvent) {
        match ev {
            PeerEvent::Heard { peer, at } => {
                self.last_heard.write().await.insert(peer, at);
            }
            PeerEvent::Unreachable { peer } => {
                self.alive.write().await.remove(&peer);
            }
        }
    }

    pub async fn sweep_dead(&self) {
        let stale: Vec<String> = self
            .last_heard
            .read()
            .await
            .iter()
            .filter(|(_, at)| at.elapsed() > Duration::from_secs(30))
            .map(|(p, _)| p.clone())
            .collect();
        let mut alive = self.alive.write().await;
        for p in stale {
            alive.remove(&p);
        }
    }

    pub async fn alive_peers(&self) -> Vec<PeerClient> {
        let alive = self.alive.read().await;
        self.peers.iter().filter(|p| alive.contains(&p.id)).cloned().collect()
    }
}

/// Tells every live peer that this node is back; nobody waits for the answers.
pub async fn announce(cluster: Arc<Cluster>) {
    let live = cluster.alive_peers().await;
    let acks = join_all(live.iter().map(|p| p.ping(&cluster.me))).await; // OK: unbounded-gather
    tracing::info!(acked = acks.iter().filter(|a| a.is_ok()).count(), "announced");
}
