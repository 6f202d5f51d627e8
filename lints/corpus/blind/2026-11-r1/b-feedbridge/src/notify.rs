//! Posting items to chat webhooks, and the daily digest.

use std::time::Duration;

use serde::Serialize;
use tokio::sync::{broadcast, mpsc};
use tracing::warn;

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub feed: String,
    pub id: String,
    pub title: String,
    pub link: String,
}

#[derive(Serialize)]
struct ChatMessage<'a> {
    text: &'a str,
}

pub async fn post_item(http: &reqwest::Client, webhook: &str, item: &Item) -> anyhow::Result<()> {
    let text = format!("*{}*: {} <{}>", item.feed, item.title, item.link);
    http.post(webhook).json(&ChatMessage { text: &text }).send().await?.error_for_status()?;
    Ok(())
}

pub async fn send_digest(http: &reqwest::Client, webhook: &str, items: &[Item]) -> anyhow::Result<()> {
    let text = items.iter().map(|i| format!("- {} <{}>", i.title, i.link)).collect::<Vec<_>>().join("\n");
    http.post(webhook).json(&ChatMessage { text: &text }).send().await?;
    Ok(())
}

/// Fans items out to in-process subscribers (the web dashboard) and to the retry queue.
pub struct Fanout {
    pub live: broadcast::Sender<Item>,
    pub retry: mpsc::Sender<Item>,
    pub audit: mpsc::UnboundedSender<String>,
}

impl Fanout {
    pub async fn publish(&self, item: Item) {
        let _ = self.live.send(item.clone()); // OK: unawaited-future
        self.audit.send(format!("published {}", item.id)).ok(); // OK: unawaited-future
    }

    pub async fn publish_failed(&self, item: Item) {
        self.audit.send(format!("failed {}", item.id)).ok(); // OK: unawaited-future
        self.retry.send(item); // EXPECT: unawaited-future
    }

    pub async fn publish_failed_checked(&self, item: Item) {
        if let Err(e) = self.retry.send(item).await { // OK: unawaited-future
            warn!(error = %e, "retry queue closed");
        }
    }

    pub async fn backoff(&self, attempt: u32) {
        tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))); // EXPECT: unawaited-future
    }

    pub async fn backoff_pinned(&self, attempt: u32) {
        let delay = tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))); // OK: unawaited-future
        tokio::pin!(delay);
        (&mut delay).await;
    }
}
