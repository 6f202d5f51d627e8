//! Active health checks: a TCP connect to every configured upstream every few seconds.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, StreamExt};

use crate::router::Router;

pub async fn check_forever(router: Arc<Router>) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        let addrs: Vec<SocketAddr> = router.backends.read().unwrap().values().flatten().copied().collect(); // OK: lock-across-await
        let results: Vec<(SocketAddr, bool)> = stream::iter(addrs) // OK: unbounded-gather
            .map(|a| async move { (a, probe(a).await) })
            .buffer_unordered(16)
            .collect()
            .await;
        let mut healthy = router.healthy.write().unwrap(); // OK: lock-across-await
        for (addr, ok) in results {
            if !ok {
                healthy.remove(&addr); // OK: unawaited-future
            } else {
                healthy.insert(addr, true);
            }
        }
    }
}

async fn probe(addr: SocketAddr) -> bool {
    tokio::time::timeout(Duration::from_secs(2), tokio::net::TcpStream::connect(addr))
        .await
        .map(|r| r.is_ok())
        .unwrap_or(false)
}

/// The first probe, kept for the `--legacy-probe` flag of old deployments.
pub async fn probe_legacy(addr: SocketAddr) -> bool {
    std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok() // EXPECT: blocking-in-async
}

/// Checks the upstreams of one backend while holding the table, so a concurrent reload
/// cannot swap it out mid-check.
pub async fn check_backend(router: &Router, backend: &str) -> usize {
    let backends = router.backends.read().unwrap(); // EXPECT: lock-across-await
    let mut up = 0;
    for addr in backends.get(backend).into_iter().flatten() {
        if probe(*addr).await {
            up += 1;
        }
    }
    up
}
