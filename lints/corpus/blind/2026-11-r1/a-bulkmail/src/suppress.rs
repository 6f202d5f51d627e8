//! The provider's suppression list (bounces, complaints, unsubscribes), fetched page by page.

use std::collections::HashSet;

use futures::stream::{FuturesUnordered, StreamExt};
use serde::Deserialize;

use crate::send::Sender;

#[derive(Deserialize)]
struct Page {
    items: Vec<String>,
    next: Option<String>,
}

pub async fn fetch(sender: &Sender, base: &str) -> anyhow::Result<HashSet<String>> {
    let mut out = HashSet::new();
    let mut url = Some(format!("{base}/suppressions?limit=1000"));
    while let Some(u) = url {
        let page: Page = sender
            .http()
            .get(&u)
            .bearer_auth(sender.auth())
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        out.extend(page.items.into_iter().map(|e| e.to_ascii_lowercase()));
        url = page.next;
    }
    Ok(out)
}

async fn is_suppressed(sender: &Sender, base: &str, email: &str) -> bool {
    let url = format!("{base}/suppressions/{email}");
    matches!(sender.http().get(url).bearer_auth(sender.auth()).send().await, Ok(r) if r.status().is_success())
}

/// Asks the provider about each address the caller gives, for the `check` page of the web form.
pub async fn check_many(sender: &Sender, base: &str, emails: &[String]) -> Vec<String> {
    let mut pending: FuturesUnordered<_> = emails.iter().map(|e| async move { (e, is_suppressed(sender, base, e).await) }).collect(); // EXPECT: unbounded-gather
    let mut hits = Vec::new();
    while let Some((e, hit)) = pending.next().await {
        if hit {
            hits.push(e.clone());
        }
    }
    hits
}
