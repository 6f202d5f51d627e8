//! `edgeproxy gateway`: the settings decide whether a metrics ticker runs; routes and the
//! allow-list are read after it, then the gateway serves until ctrl-c.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::metrics::Stats;
use crate::{net, routes};

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let shutdown = CancellationToken::new();
    let stats = Stats::default();
    let settings = std::fs::read_to_string(etc.join("gateway.conf"))?; // OK: blocking-in-async
    if settings.contains("metrics = on") {
        let stats = stats.clone();
        let shutdown = shutdown.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut next = Instant::now();
            loop {
                next += Duration::from_secs(15);
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep_until(next) => stats.log_and_reset(),
                }
            }
        });
    }
    let routes = routes::load_dir(&etc.join("routes"))?; // OK: blocking-in-async
    let allow = std::fs::read_to_string(etc.join("allowlist"))?; // OK: blocking-in-async
    tracing::info!(allowed = allow.lines().count(), "gateway starting");
    let listener = TcpListener::bind("0.0.0.0:8080").await?;
    tokio::select! {
        served = net::accept::serve(listener, Arc::new(routes), stats) => served?,
        _ = tokio::signal::ctrl_c() => shutdown.cancel(),
    }
    Ok(())
}
