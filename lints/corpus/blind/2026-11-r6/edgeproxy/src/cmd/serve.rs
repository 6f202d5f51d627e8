//! `edgeproxy serve`: TLS front door. A stats ticker, then the certificate and routes, then the
//! accept loop.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::metrics::Stats;
use crate::{net, routes};

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let stats = Stats::default();
    let ticker = stats.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut every = tokio::time::interval(Duration::from_secs(10));
        loop {
            every.tick().await;
            ticker.log_and_reset();
        }
    });
    let cert = std::fs::read(etc.join("tls/cert.pem"))?; // OK: blocking-in-async
    let routes = routes::load_dir(&etc.join("routes"))?; // OK: blocking-in-async
    tracing::info!(cert_len = cert.len(), hosts = routes.by_host.len(), "serving");
    let listener = TcpListener::bind("0.0.0.0:8443").await?;
    net::accept::serve(listener, Arc::new(routes), stats).await
}
