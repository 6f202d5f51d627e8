//! Accepting connections and handing each to a task of its own.

use std::sync::Arc;

use tokio::net::TcpListener;

use crate::metrics::Stats;
use crate::routes::Routes;

pub async fn serve(listener: TcpListener, routes: Arc<Routes>, stats: Stats) -> anyhow::Result<()> {
    loop {
        let (sock, peer) = listener.accept().await?;
        stats.conns.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let upstream = routes.by_host.values().next().cloned().unwrap_or_default();
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
            if let Err(e) = crate::upstream::pipe(sock, upstream).await {
                tracing::debug!(%peer, error = %e, "connection ended");
            }
        });
    }
}
