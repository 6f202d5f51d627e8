//! Collectors: host metrics from /proc, process metrics, and probes of dependencies.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use futures::stream::{self, StreamExt};

use crate::registry::Registry;

const DEPENDENCIES: [&str; 3] = ["db:5432", "cache:6379", "queue:5672"];

pub async fn scrape_forever(registry: Arc<Registry>, period: Duration) {
    loop {
        scrape_host(&registry); // EXPECT: blocking-in-async
        scrape_host_offloaded(registry.clone()).await;
        probe_dependencies(&registry).await;
        probe_discovered(&registry, "targets.txt").await;
        tokio::time::sleep(period).await; // OK: unawaited-future, blocking-in-async
    }
}

/// Reads /proc directly. Fine from the sync `--once` mode, blocking from async code.
fn scrape_host(registry: &Registry) {
    let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default(); // OK: blocking-in-async
    let first = loadavg.split_whitespace().next().and_then(|v| v.parse().ok());
    registry.set("node_load1", first.unwrap_or(0.0));
}

async fn scrape_host_offloaded(registry: Arc<Registry>) {
    let collect = move || scrape_host(&registry); // OK: blocking-in-async
    let _ = tokio::task::spawn_blocking(collect).await;
}

async fn probe(addr: &str) -> bool {
    tokio::net::TcpStream::connect(addr).await.is_ok() // OK: blocking-in-async, unawaited-future
}

async fn probe_dependencies(registry: &Registry) {
    let results = join_all([probe(DEPENDENCIES[0]), probe(DEPENDENCIES[1]), probe(DEPENDENCIES[2])]).await; // OK: unbounded-gather
    for (addr, up) in DEPENDENCIES.iter().zip(results) {
        registry.set(&format!("dependency_up{{addr=\"{addr}\"}}"), f64::from(u8::from(up)));
    }
}

/// File-based discovery: the deploy tooling rewrites the file, one `host:port` per line.
async fn probe_discovered(registry: &Registry, targets_file: &str) {
    let listing = tokio::fs::read_to_string(targets_file).await.unwrap_or_default();
    let targets = listing.lines().map(str::to_string).collect();
    probe_targets(registry, targets).await;
}

/// Probes every discovered target (service discovery can return thousands).
pub async fn probe_targets(registry: &Registry, targets: Vec<String>) {
    let results = join_all(targets.iter().map(|t| probe(t))).await; // EXPECT: unbounded-gather
    registry.set("targets_up", results.iter().filter(|up| **up).count() as f64);
    let bounded: Vec<bool> = stream::iter(&targets).map(|t| probe(t)).buffer_unordered(32).collect().await; // OK: unbounded-gather
    registry.set("targets_up_bounded", bounded.iter().filter(|up| **up).count() as f64);
}

/// Probes the port range configured for a host.
pub async fn probe_ports(registry: &Registry, host: &str, ports: std::ops::Range<u16>) {
    let mut tasks = tokio::task::JoinSet::new();
    for port in ports {
        tasks.spawn(probe_owned(format!("{host}:{port}"))); // OK: unbounded-gather, detached-spawn
    }
    let mut open = 0;
    while let Some(Ok(up)) = tasks.join_next().await {
        open += usize::from(up);
    }
    registry.set("open_ports", open as f64);
}

async fn probe_owned(addr: String) -> bool {
    probe(&addr).await
}

pub async fn probe_well_known(registry: &Registry, host: &str) {
    let mut tasks = tokio::task::JoinSet::new();
    for port in 1..=8 {
        tasks.spawn(probe_owned(format!("{host}:{port}"))); // OK: unbounded-gather, detached-spawn
    }
    let open = tasks.join_all().await.into_iter().filter(|up| *up).count(); // OK: unbounded-gather
    registry.set("well_known_open", open as f64);
}
