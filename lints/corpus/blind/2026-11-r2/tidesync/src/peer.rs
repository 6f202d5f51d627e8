//! Pulling changes from one peer: `GET /changes?since=N` lists the changed keys, then each
//! value is fetched.

use std::sync::Arc;

use futures::future::join_all;
use serde::Deserialize;

use crate::config::{Config, PeerConfig};
use crate::daemon::Daemon;
use crate::store::Entry;

#[derive(Deserialize)]
struct Changes {
    cursor: u64,
    keys: Vec<String>,
}

/// Runs for the life of the daemon, pulling from one peer every interval.
pub async fn peer_loop(daemon: Arc<Daemon>, peer: PeerConfig) {
    let mut tick = tokio::time::interval(daemon.cfg.interval);
    loop {
        tick.tick().await;
        if let Err(e) = pull_once(&daemon, &peer).await {
            tracing::warn!(peer = %peer.name, "pull failed: {e:#}");
        }
    }
}

pub async fn pull_once(daemon: &Daemon, peer: &PeerConfig) -> anyhow::Result<()> {
    let http = reqwest::Client::new();
    let since = daemon.cursor(&peer.name);
    let changes: Changes = http
        .get(format!("{}/changes?since={since}", peer.url))
        .send()
        .await?
        .json()
        .await?;
    let keys = changes.keys;
    let fetches = keys.iter().map(|k| fetch_entry(&http, peer, k));
    let entries = join_all(fetches).await; // EXPECT: unbounded-gather
    for (key, entry) in keys.into_iter().zip(entries) {
        match entry {
            Ok(entry) => daemon.apply_remote(peer, key, entry).await?,
            Err(e) => tracing::warn!(%key, "skipped: {e:#}"),
        }
    }
    daemon.advance_cursor(&peer.name, changes.cursor).await;
    Ok(())
}

async fn fetch_entry(http: &reqwest::Client, peer: &PeerConfig, key: &str) -> anyhow::Result<Entry> {
    let resp = http.get(format!("{}/kv/{key}", peer.url)).send().await?;
    Ok(resp.error_for_status()?.json().await?)
}

/// Pings every configured peer at once, for `tidesync status`.
pub async fn ping_all(cfg: &Config) -> Vec<(String, bool)> {
    let http = reqwest::Client::new();
    let pings = cfg.peers.iter().map(|p| { // OK: unbounded-gather
        let http = http.clone();
        async move {
            let ok = http.get(format!("{}/health", p.url)).send().await.is_ok();
            (p.name.clone(), ok)
        }
    });
    join_all(pings).await // OK: unbounded-gather
}

/// Re-pulls every peer once, right now (the `resync` control command).
pub async fn resync_all(daemon: Arc<Daemon>) {
    for peer in daemon.cfg.peers.iter().cloned() {
        let d = daemon.clone();
        let _ = tokio::spawn(async move { pull_once(&d, &peer).await }); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
    }
}
