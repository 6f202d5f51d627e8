//! `edgeproxy watch`: a passive tap that logs gauges. One ticker per gauge and a memory ticker,
//! then the blocklist and routes, then the accept loop.

use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::metrics::Stats;
use crate::{net, routes};

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let stats = Stats::default();
    let gauges = [("conns", stats.conns.clone()), ("bytes", stats.bytes.clone())];
    for (name, counter) in gauges {
        tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
            let mut every = tokio::time::interval(Duration::from_secs(30));
            loop {
                every.tick().await;
                tracing::info!(gauge = name, value = counter.load(Ordering::Relaxed), "gauge");
            }
        });
    }
    tokio::spawn(async { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(60)).await;
            let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            tracing::debug!(rss = status.lines().find(|l| l.starts_with("VmRSS")).unwrap_or(""), "memory");
        }
    });
    let blocklist = std::fs::read_to_string(etc.join("blocklist.txt"))?; // OK: blocking-in-async
    let routes = routes::load_dir(&etc.join("routes"))?; // OK: blocking-in-async
    tracing::info!(blocked = blocklist.lines().count(), "watching");
    let listener = TcpListener::bind("0.0.0.0:9000").await?;
    net::accept::serve(listener, Arc::new(routes), stats).await
}
