//! Name resolution for upstream hosts, through tokio's resolver.

use std::io;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::net::lookup_host;
use tokio::task::JoinHandle;

use crate::upstream::UpstreamPool;

pub async fn first(host: &str, port: u16) -> io::Result<SocketAddr> {
    lookup_host((host, port))
        .await?
        .next()
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("{host} has no address")))
}

pub async fn resolve_all(hosts: &[String], port: u16) -> Vec<io::Result<SocketAddr>> {
    join_all(hosts.iter().map(|h| first(h, port))).await // EXPECT: unbounded-gather
}

/// Resolves the hosts of an allow-list file, one per line, `#` for comments.
pub async fn resolve_file(path: &Path, port: u16) -> io::Result<Vec<SocketAddr>> {
    let file = tokio::fs::File::open(path).await?;
    let mut lines = BufReader::new(file).lines();
    let mut pending = FuturesUnordered::new();
    while let Some(line) = lines.next_line().await? {
        let host = line.trim().to_owned();
        if host.is_empty() || host.starts_with('#') {
            continue;
        }
        pending.push(async move { first(&host, port).await }); // EXPECT: unbounded-gather
    }
    let mut out = Vec::new();
    while let Some(r) = pending.next().await {
        out.extend(r.ok());
    }
    Ok(out)
}

/// Re-resolves every upstream periodically; the caller keeps the handle and aborts it on reload.
pub fn spawn_refresher(pool: Arc<UpstreamPool>, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            for u in pool.snapshot() {
                let addr = first(&u.host, u.port).await.ok();
                pool.set_health(&u.name, addr, addr.is_some() && u.healthy);
            }
        }
    })
}
