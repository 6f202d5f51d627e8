//! `edgeproxy probe`: health-checks the upstream on every tick, then loads its targets.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::metrics::Stats;
use crate::{net, routes, upstream};

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let probe_client = client.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            if let Err(e) = upstream::refresh(&probe_client, "http://upstream.internal/health").await {
                tracing::warn!(error = %e, "upstream unhealthy");
            }
        }
    });
    let targets = std::fs::read_to_string(etc.join("targets.txt"))?; // EXPECT: blocking-in-async
    let routes = routes::load_dir(&etc.join("routes"))?; // EXPECT: blocking-in-async
    tracing::info!(targets = targets.lines().count(), "probing");
    let listener = TcpListener::bind("0.0.0.0:9100").await?;
    net::accept::serve(listener, Arc::new(routes), Stats::default()).await
}
