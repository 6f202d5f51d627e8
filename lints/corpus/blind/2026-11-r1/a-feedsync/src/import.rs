//! Bulk import of subscriptions from the JSON export of another feed reader, or from a shared list url.

use std::path::Path;

use anyhow::Context;
use futures::future::{join_all, try_join_all};
use serde::Deserialize;
use tokio::task::JoinSet;
use url::Url;

use crate::fetch::Fetcher;
use crate::store::Store;

const PREVIEW: usize = 10;

#[derive(Debug, Clone, Deserialize)]
pub struct ExportedFeed {
    pub url: Url,
    pub title: Option<String>,
}

#[derive(Debug, Default)]
pub struct ImportReport {
    pub added: usize,
    pub unreachable: Vec<Url>,
}

async fn reachable(fetcher: &Fetcher, feed: &ExportedFeed) -> anyhow::Result<bool> {
    let resp = fetcher.http().head(feed.url.as_str()).send().await?;
    Ok(resp.status().is_success())
}

pub async fn import_file(path: &Path, fetcher: &Fetcher, store: &Store) -> anyhow::Result<ImportReport> {
    let raw = tokio::fs::read_to_string(path)
        .await
        .with_context(|| format!("reading {}", path.display()))?;
    let feeds: Vec<ExportedFeed> = serde_json::from_str(&raw).context("export is not a JSON array of feeds")?;
    let checks = try_join_all(feeds.iter().map(|f| reachable(fetcher, f))).await?; // EXPECT: unbounded-gather
    let mut report = ImportReport::default();
    for (feed, ok) in feeds.into_iter().zip(checks) {
        if ok {
            store.add_feed(feed.url.as_str(), feed.title.as_deref()).await?;
            report.added += 1;
        } else {
            report.unreachable.push(feed.url);
        }
    }
    Ok(report)
}

pub async fn import_from_url(http: &reqwest::Client, list_url: &str, store: &Store) -> anyhow::Result<usize> {
    let feeds = http
        .get(list_url)
        .send()
        .await?
        .error_for_status()?
        .json::<Vec<ExportedFeed>>()
        .await?;
    let mut set = JoinSet::new();
    for f in feeds {
        let store = store.clone();
        set.spawn(async move { store.add_feed(f.url.as_str(), f.title.as_deref()).await }); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    let mut added = 0;
    while let Some(res) = set.join_next().await {
        if res?.is_ok() {
            added += 1;
        }
    }
    Ok(added)
}

/// Checks a large export 25 feeds at a time, so a list of thousands does not open thousands of sockets.
pub async fn check_in_batches(fetcher: &Fetcher, feeds: Vec<ExportedFeed>) -> Vec<Url> {
    let mut dead = Vec::new();
    for batch in feeds.chunks(25) {
        let results = join_all(batch.iter().map(|f| reachable(fetcher, f))).await; // OK: unbounded-gather
        for (f, ok) in batch.iter().zip(results) {
            if !matches!(ok, Ok(true)) {
                dead.push(f.url.clone());
            }
        }
    }
    dead
}

/// Shows the first few feeds of an export with their reachability, before the user confirms an import.
pub async fn preview(fetcher: &Fetcher, feeds: &[ExportedFeed]) -> Vec<(String, bool)> {
    let shown = join_all(feeds.iter().take(PREVIEW).map(|f| async move { // OK: unbounded-gather
        let ok = reachable(fetcher, f).await.unwrap_or(false);
        (f.title.clone().unwrap_or_else(|| f.url.to_string()), ok)
    }))
    .await;
    shown
}
