//! `edgeproxy relay`: the accept loop starts first so clients can connect while the peer list
//! and the relay key load.

use std::path::Path;
use std::sync::Arc;

use tokio::net::TcpListener;

use crate::metrics::Stats;
use crate::net;
use crate::routes::Routes;

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let stats = Stats::default();
    let listener = TcpListener::bind("0.0.0.0:7000").await?;
    let server = tokio::spawn(net::accept::serve(listener, Arc::new(Routes::default()), stats.clone())); // OK: detached-spawn, untracked-spawn
    let peers = std::fs::read_to_string(etc.join("peers.txt"))?; // EXPECT: blocking-in-async
    let key = std::fs::read(etc.join("relay.key"))?; // EXPECT: blocking-in-async
    tracing::info!(peers = peers.lines().count(), key_len = key.len(), "relay up");
    tokio::signal::ctrl_c().await?;
    server.abort();
    Ok(())
}
