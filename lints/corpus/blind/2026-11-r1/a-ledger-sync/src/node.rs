//! A node: opens its shards, joins the cluster and runs the background work of the shards it owns.

use std::sync::Arc;
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::spawn as spawn_task;
use tokio::sync::Mutex;
use tokio::task::{JoinHandle, JoinSet};
use tokio_util::task::TaskTracker;

use crate::cluster::{self, Cluster};
use crate::config::NodeConfig;
use crate::db::Db;
use crate::error::{LedgerError, Result};
use crate::shard::{CompactStats, Shard, Transfer};

pub struct Node {
    cfg: NodeConfig,
    shards: Vec<Arc<Shard>>,
    cluster: Arc<Cluster>,
    db: Db,
    tracker: TaskTracker,
    rt: Handle,
    compactions: Mutex<Vec<JoinHandle<Result<CompactStats>>>>,
}

impl Node {
    pub async fn start(cfg: NodeConfig) -> Result<Arc<Node>> {
        let cluster = Arc::new(Cluster::from_config(&cfg));
        let db = Db::connect(&cfg.database_url).await?;

        let mut opening = JoinSet::new();
        for id in cfg.owned_shards.clone() {
            let replicas = cluster.replicas_for(id, cfg.replication_factor);
            let dir = cfg.data_dir.clone();
            opening.spawn(async move { Shard::open(id, &dir, replicas).await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
        }
        let mut shards = Vec::new();
        while let Some(done) = opening.join_next().await {
            shards.push(Arc::new(done.expect("shard open panicked")?));
        }
        shards.sort_by_key(|s| s.id);

        let node = Arc::new(Node {
            cfg,
            shards,
            cluster,
            db,
            tracker: TaskTracker::new(),
            rt: Handle::current(),
            compactions: Mutex::new(Vec::new()),
        });

        for shard in &node.shards {
            let shard = shard.clone();
            node.tracker.spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
                let mut every = tokio::time::interval(Duration::from_secs(3600));
                loop {
                    every.tick().await;
                    if let Err(e) = shard.clone().compact().await {
                        tracing::warn!(shard = shard.id, error = %e, "scheduled compaction failed");
                    }
                }
            });
        }

        tokio::spawn(cluster::announce(node.cluster.clone())); // EXPECT: untracked-spawn // OK: detached-spawn
        Ok(node)
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }

    pub fn config(&self) -> &NodeConfig {
        &self.cfg
    }

    pub fn shard(&self, id: u32) -> Result<Arc<Shard>> {
        self.shards
            .iter()
            .find(|s| s.id == id)
            .cloned()
            .ok_or(LedgerError::NotOwner(id))
    }

    fn shard_for(&self, account: &str) -> Result<Arc<Shard>> {
        let h = account.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
        self.shard(h % self.cfg.shard_count)
    }

    pub async fn submit(&self, t: &Transfer) -> Result<u64> {
        let shard = self.shard_for(&t.from)?;
        let offset = shard.append(t).await?;
        let acks = shard.replicate(t, offset).await;
        if acks + 1 < self.cfg.replication_factor {
            tracing::warn!(shard = shard.id, acks, "transfer under-replicated");
        }
        Ok(offset)
    }

    pub async fn balance(&self, account: &str) -> Result<i64> {
        Ok(self.shard_for(account)?.balance(account).await)
    }

    /// Compacts one shard now, at an operator's request; the answer comes back in the logs.
    pub fn compact_now(&self, shard_id: u32) -> Result<()> {
        let shard = self.shard(shard_id)?;
        spawn_task(shard.compact()); // EXPECT: detached-spawn // OK: untracked-spawn
        Ok(())
    }

    /// Compacts one shard and keeps the handle, so `status` can report on it.
    pub async fn compact_tracked(&self, shard_id: u32) -> Result<()> {
        let shard = self.shard(shard_id)?;
        self.compactions.lock().await.push(spawn_task(shard.compact())); // OK: detached-spawn, untracked-spawn, unbounded-gather
        Ok(())
    }

    /// Called from the disk monitor's own thread when free space runs low.
    pub fn on_disk_pressure(&self, free_bytes: u64) {
        let db = self.db.clone();
        self.rt.spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
            tracing::warn!(free_bytes, "disk pressure, purging settled history");
            let purged = db.purge_settled(Duration::from_secs(7 * 24 * 3600)).await?;
            tracing::info!(purged, "settled history purged");
            Ok::<(), LedgerError>(())
        });
    }

    /// The same purge from an async caller, waited for.
    pub async fn purge_now(&self) -> Result<u64> {
        let db = self.db.clone();
        let purged = self.rt.spawn(async move { db.purge_settled(Duration::ZERO).await }).await; // OK: detached-spawn, untracked-spawn
        purged.expect("purge task panicked")
    }

    pub async fn shutdown(&self) {
        self.tracker.close();
        self.tracker.wait().await;
    }
}
