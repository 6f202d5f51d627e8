use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

#[derive(Default)]
pub struct Stats {
    queries: AtomicU64,
}

impl Stats {
    pub fn count_query(&self) {
        self.queries.fetch_add(1, Ordering::Relaxed);
    }
}

/// A plain-text stats port: one line per connection.
pub async fn serve(stats: Arc<Stats>, addr: String, shutdown: CancellationToken) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    loop {
        let (mut conn, _) = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            accepted = listener.accept() => accepted?,
        };
        let line = format!("queries {}\n", stats.queries.load(Ordering::Relaxed));
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            let _ = conn.write_all(line.as_bytes()).await;
        });
    }
}
