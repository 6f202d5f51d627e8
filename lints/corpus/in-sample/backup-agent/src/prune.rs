//! Retention: keep the last 7 daily, 4 weekly and 12 monthly snapshots of this host and delete
//! the rest from the bucket, then drop chunks no manifest references any more.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, Notify};
use tokio_util::sync::CancellationToken;

#[derive(Clone)]
pub struct Pruner {
    client: reqwest::Client,
    bucket_url: String,
    host: String,
    runtime: Handle,
}

#[derive(serde::Deserialize)]
struct Listing {
    snapshots: Vec<String>,
}

impl Pruner {
    pub fn new(bucket_url: String, host: String) -> Self {
        Self { client: reqwest::Client::new(), bucket_url, host, runtime: Handle::current() }
    }

    async fn list(&self) -> reqwest::Result<Vec<String>> {
        let listing: Listing = self.client.get(format!("{}/manifests/{}/", self.bucket_url, self.host)).send().await?.json().await?;
        Ok(listing.snapshots)
    }

    async fn delete(&self, snapshot: &str) -> reqwest::Result<()> {
        self.client.delete(format!("{}/manifests/{}/{snapshot}", self.bucket_url, self.host)).send().await?.error_for_status()?;
        Ok(())
    }

    /// Deletes what the retention policy does not keep; returns how many went.
    pub async fn prune_once(&self) -> reqwest::Result<usize> {
        let mut snapshots = self.list().await?;
        snapshots.sort();
        let keep: HashSet<String> = snapshots.iter().rev().take(7 + 4 + 12).cloned().collect();
        let mut deleted = 0;
        for snapshot in snapshots.iter().filter(|s| !keep.contains(*s)) {
            self.delete(snapshot).await?;
            deleted += 1;
        }
        Ok(deleted)
    }

    /// Prunes after every snapshot, when `snapshot_done` is notified, until shutdown.
    pub fn start(self: Arc<Self>, snapshot_done: Arc<Notify>, shutdown: CancellationToken) {
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = snapshot_done.notified() => {}
                }
                match self.prune_once().await {
                    Ok(deleted) => tracing::info!(deleted, "pruned"),
                    Err(e) => tracing::warn!(error = %e, "prune failed"),
                }
            }
        });
    }

    /// The nightly prune of agents before 2.1, still used when no snapshot ever notifies.
    pub fn start_nightly(self: Arc<Self>) {
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
            loop {
                tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
                if let Err(e) = self.prune_once().await {
                    tracing::warn!(error = %e, "nightly prune failed");
                }
            }
        });
    }

    /// The control plane's "prune now" job.
    pub fn prune_now(self: Arc<Self>) {
        tokio::spawn(async move { self.prune_once().await }); // EXPECT: detached-spawn [mentions: prune_once] // OK: untracked-spawn
    }

    /// Deletes the snapshots an operator picked, one task each, each logging its outcome.
    pub fn delete_picked(&self, picked: mpsc::Receiver<String>) {
        let pruner = self.clone();
        let mut picked = picked;
        self.runtime.spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            while let Some(snapshot) = picked.recv().await {
                if let Err(e) = pruner.delete(&snapshot).await {
                    tracing::warn!(%snapshot, error = %e, "delete failed");
                }
            }
        });
    }

    /// For the sync retention report, which runs on a plain thread.
    pub fn count_snapshots(&self) -> usize {
        self.runtime.block_on(self.list()).map(|s| s.len()).unwrap_or(0) // OK: block-on-in-async
    }

    /// The dashboard's retention widget.
    pub async fn summary(&self) -> String {
        format!("{} snapshots kept for {}", self.count_snapshots(), self.host) // EXPECT: block-on-in-async [mentions: count_snapshots]
    }

    /// The dashboard's retention widget, the version that does not stall the runtime.
    pub async fn summary_v2(&self) -> String {
        let count = self.list().await.map(|s| s.len()).unwrap_or(0); // OK: block-on-in-async
        format!("{count} snapshots kept for {}", self.host)
    }
}

/// The weekly retention report: a plain thread that asks the pruner and mails the owner.
pub fn start_weekly_report(pruner: Arc<Pruner>, owner: String) {
    std::thread::spawn(move || loop {
        let count = pruner.count_snapshots(); // OK: block-on-in-async
        tracing::info!(%owner, count, "weekly retention report");
        std::thread::sleep(Duration::from_secs(7 * 24 * 3600)); // OK: blocking-in-async
    });
}
