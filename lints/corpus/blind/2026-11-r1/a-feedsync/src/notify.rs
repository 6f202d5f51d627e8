//! Delivery of new entries to subscriber webhooks, with a few retries and a backoff between them.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use futures::stream::{FuturesUnordered, StreamExt};
use reqwest::Client;
use serde::Serialize;

use crate::store::EntryRow;

#[derive(Clone)]
pub struct Notifier {
    http: Client,
    retries: u32,
}

#[derive(Serialize)]
struct Payload<'a> {
    kind: &'static str,
    entries: &'a [EntryRow],
}

impl Notifier {
    pub fn new(retries: u32) -> Self {
        Self { http: Client::new(), retries }
    }

    pub async fn deliver(&self, hook: &str, entries: &[EntryRow]) -> anyhow::Result<()> {
        let body = Payload { kind: "entries", entries };
        let mut attempt = 0;
        loop {
            let resp = self.http.post(hook).json(&body).send().await;
            match resp {
                Ok(r) if r.status().is_success() => return Ok(()),
                Ok(r) if r.status().is_client_error() => bail!("hook {hook} rejected the delivery: {}", r.status()),
                Ok(_) | Err(_) if attempt < self.retries => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(500 * 2u64.pow(attempt))).await;
                }
                Ok(r) => bail!("hook {hook} kept failing: {}", r.status()),
                Err(e) => return Err(e).context(format!("posting to {hook}")),
            }
        }
    }

    pub async fn ping(&self, hook: &str) -> anyhow::Result<()> {
        self.deliver(hook, &[]).await
    }

    /// Fans one batch out to every hook of a subscriber list the caller loaded from an export.
    pub async fn broadcast(&self, hooks: Vec<String>, entries: Arc<Vec<EntryRow>>) -> usize {
        let mut pending = FuturesUnordered::new();
        for hook in hooks {
            let entries = entries.clone();
            pending.push(async move { self.deliver(&hook, &entries).await }); // EXPECT: unbounded-gather
        }
        let mut failed = 0;
        while let Some(res) = pending.next().await {
            if res.is_err() {
                failed += 1;
            }
        }
        failed
    }

    /// The same fan-out, at most `MAX_IN_FLIGHT` requests at a time.
    pub async fn broadcast_capped(&self, hooks: Vec<String>, entries: Arc<Vec<EntryRow>>) -> usize {
        const MAX_IN_FLIGHT: usize = 16;
        let mut pending = FuturesUnordered::new();
        let mut failed = 0;
        for hook in hooks {
            if pending.len() >= MAX_IN_FLIGHT {
                if let Some(Err(_)) = pending.next().await {
                    failed += 1;
                }
            }
            let entries = entries.clone();
            pending.push(async move { self.deliver(&hook, &entries).await }); // OK: unbounded-gather
        }
        while let Some(res) = pending.next().await {
            if res.is_err() {
                failed += 1;
            }
        }
        failed
    }
}

/// Owned form of [`Notifier::deliver`], for running a delivery as its own task.
pub async fn deliver_owned(notifier: Notifier, hook: String, entries: Vec<EntryRow>) -> anyhow::Result<()> {
    notifier.deliver(&hook, &entries).await
}
