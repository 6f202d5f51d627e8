//! Cache warming, for embedders of the library: load the given keys' postings ahead of traffic.

use futures::stream::{FuturesUnordered, StreamExt};

async fn load_postings(key: &str) -> anyhow::Result<usize> {
    let bytes = tokio::fs::read(format!("/var/lib/search/postings/{key}")).await?;
    Ok(bytes.len())
}

pub async fn warm_cache(keys: Vec<String>) -> usize {
    let mut loads: FuturesUnordered<_> = keys.iter().map(|key| load_postings(key)).collect(); // EXPECT: unbounded-gather
    let mut total = 0;
    while let Some(loaded) = loads.next().await {
        total += loaded.unwrap_or(0);
    }
    total
}
