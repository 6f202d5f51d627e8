//! Background refresh: polls the flag service and updates the cache; logs hit statistics.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;

use crate::cache::FlagCache;

const FLAG_SERVICE: &str = "http://flags.internal/v1/flags";

pub async fn run(cache: Arc<FlagCache>, period: Duration) {
    let client = reqwest::Client::new();
    let mut ticker = tokio::time::interval(period);
    loop {
        ticker.tick().await;
        match client.get(FLAG_SERVICE).send().await {
            Ok(resp) => {
                let body = resp.text().await.unwrap_or_default();
                cache.merge_json(&body).await;
                if let Err(err) = announce_change(&client).await {
                    tracing::warn!(%err, "could not reach the subscriber list");
                }
            }
            Err(err) => {
                tracing::warn!(%err, "flag refresh failed");
                std::thread::sleep(period / 10); // EXPECT: blocking-in-async
            }
        }
    }
}

/// Re-validates each flag individually against the per-flag endpoint.
pub async fn revalidate(cache: &FlagCache, client: &reqwest::Client) -> usize {
    let names: Vec<String> = cache.snapshot().await.into_keys().collect();
    let checks = join_all(names.iter().map(|name| client.get(format!("{FLAG_SERVICE}/{name}")).send())).await; // OK: unbounded-gather
    checks.iter().filter(|r| r.is_ok()).count()
}

pub async fn warm_primary_and_fallback(client: &reqwest::Client) -> usize {
    let sources = join_all(vec![client.get(FLAG_SERVICE).send(), client.get("http://flags-fallback.internal/v1/flags").send()]).await; // OK: unbounded-gather
    sources.len()
}

pub async fn log_stats(cache: Arc<FlagCache>) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await; // OK: unawaited-future
        for (name, hits) in cache.hit_counts() { // OK: blocking-in-async
            tracing::info!(%name, hits, "flag hits");
        }
    }
}

/// Tells the subscribers the flag service lists that flags changed.
async fn announce_change(client: &reqwest::Client) -> reqwest::Result<()> {
    let subscribers = client.get(format!("{FLAG_SERVICE}/subscribers")).send().await?.json::<Vec<String>>().await?;
    notify_subscribers(client.clone(), subscribers).await;
    Ok(())
}

/// Notifies every subscriber that flags changed, one request per subscriber.
pub async fn notify_subscribers(client: reqwest::Client, subscribers: Vec<String>) {
    for url in subscribers {
        let client = client.clone();
        tokio::spawn(async move { client.post(url).send().await }); // EXPECT: detached-spawn, unbounded-gather
    }
}
