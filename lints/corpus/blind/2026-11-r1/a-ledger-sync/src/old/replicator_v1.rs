//! The first replicator, which pushed every record to every peer from its own task. Replaced by
//! `Shard::replicate`; kept until the migration notes are written. Nothing declares this module.

use std::sync::Arc;

use futures::future::join_all;
use tokio::sync::mpsc;

use crate::cluster::client::PeerClient;
use crate::shard::Transfer;

pub async fn replicate_forever(peers: Vec<PeerClient>, mut rx: mpsc::Receiver<(u32, u64, Transfer)>) {
    while let Some((shard, offset, t)) = rx.recv().await {
        let peers = peers.clone();
        tokio::spawn(async move { // OK: detached-spawn, untracked-spawn, unbounded-gather
            let acks = join_all(peers.iter().map(|p| p.push(shard, offset, &t))).await; // OK: unbounded-gather
            acks.into_iter().filter(|a| a.is_ok()).count()
        });
    }
}

pub fn keepalive(peers: Arc<Vec<PeerClient>>) {
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            for p in peers.iter() {
                let _ = p.ping("v1").await;
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    });
}
