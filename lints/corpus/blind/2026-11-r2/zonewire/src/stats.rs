//! Query counters and the periodic stats line.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::resolver::Resolver;

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub queries: u64,
    pub cache_hits: u64,
    pub forwarded: u64,
    pub failures: u64,
}

pub async fn report_every(resolver: Arc<Resolver>, period: Duration, shutdown: CancellationToken) {
    let mut tick = tokio::time::interval(period);
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tick.tick() => {
                let s = resolver.stats_snapshot();
                tracing::info!(queries = s.queries, hits = s.cache_hits, forwarded = s.forwarded, "stats");
            }
        }
    }
}
