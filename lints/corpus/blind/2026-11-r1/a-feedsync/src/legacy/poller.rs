//! The first polling loop, before the worker pool. Kept for reference while the new scheduler beds in;
//! not compiled (no `mod` declares it).

use std::time::Duration;

use futures::future::join_all;

use crate::fetch::Fetcher;
use crate::store::{FeedRow, Store};

pub async fn poll_forever(store: Store, fetcher: Fetcher, feeds: Vec<FeedRow>) {
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(300)).await;
            let results = join_all(feeds.iter().map(|f| fetcher.fetch(f))).await; // OK: unbounded-gather
            tracing::info!(n = results.len(), "polled");
        }
    });
    for feed in feeds_from(&store).await {
        tokio::spawn(async move { store_one(feed).await }); // OK: detached-spawn, untracked-spawn, unbounded-gather
    }
}

async fn feeds_from(_store: &Store) -> Vec<FeedRow> {
    Vec::new()
}

async fn store_one(_feed: FeedRow) -> anyhow::Result<()> {
    Ok(())
}
