//! The adapter for the old plugin API: plugins implement a sync `FeedSource`; the ones that
//! wrap an async client bridge into a runtime of their own.

use std::sync::Arc;

use tokio::runtime::Runtime;
use tokio::sync::Mutex;

use crate::notify::Item;

pub trait FeedSource: Send + Sync {
    fn name(&self) -> &str;
    fn fetch(&self) -> anyhow::Result<Vec<Item>>;
}

/// A plugin over an HTTP JSON API, driven by its own small runtime.
pub struct JsonApiSource {
    name: String,
    url: String,
    rt: Arc<Runtime>,
    http: reqwest::Client,
    cursor: Mutex<Option<String>>,
}

impl JsonApiSource {
    pub fn new(name: &str, url: &str) -> anyhow::Result<Self> {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        Ok(Self { name: name.into(), url: url.into(), rt: Arc::new(rt), http: reqwest::Client::new(), cursor: Mutex::new(None) })
    }

    async fn fetch_async(&self) -> anyhow::Result<Vec<Item>> {
        let cursor = self.cursor.lock().await.clone();
        let mut req = self.http.get(&self.url);
        if let Some(c) = cursor {
            req = req.query(&[("after", c)]);
        }
        let items: Vec<Item> = req.send().await?.json().await?;
        if let Some(last) = items.last() {
            *self.cursor.lock().await = Some(last.id.clone());
        }
        Ok(items)
    }

    /// Resets the cursor from sync code (the CLI's `reset` command).
    pub fn reset_cursor(&self) {
        *self.cursor.blocking_lock() = None; // OK: block-on-in-async
    }
}

impl FeedSource for JsonApiSource {
    fn name(&self) -> &str {
        &self.name
    }

    fn fetch(&self) -> anyhow::Result<Vec<Item>> {
        self.rt.block_on(self.fetch_async()) // OK: block-on-in-async
    }
}

/// Polls a legacy source from async code.
pub async fn poll_source(source: &JsonApiSource) -> anyhow::Result<Vec<Item>> {
    let items = source.fetch()?; // EXPECT: block-on-in-async // OK: blocking-in-async
    Ok(items)
}

pub async fn poll_source_offloaded(source: Arc<JsonApiSource>) -> anyhow::Result<Vec<Item>> {
    tokio::task::spawn_blocking(move || source.fetch()).await? // OK: block-on-in-async
}

pub async fn reset_from_admin(source: &JsonApiSource) {
    source.reset_cursor(); // EXPECT: block-on-in-async
}

pub async fn reset_direct(source: &JsonApiSource) {
    *source.cursor.blocking_lock() = None; // EXPECT: block-on-in-async
}

pub async fn reset_properly(source: &JsonApiSource) {
    *source.cursor.lock().await = None; // OK: block-on-in-async, unawaited-future
}

pub async fn warm(source: &JsonApiSource) -> anyhow::Result<usize> {
    let n = source.rt.block_on(source.fetch_async())?.len(); // EXPECT: block-on-in-async
    Ok(n)
}
