//! HTTP fetching of feeds, with conditional requests so that an unchanged feed costs one round trip.

use std::time::Duration;

use anyhow::{bail, Context};
use bytes::Bytes;
use futures::future::join_all;
use futures::stream::{self, StreamExt};
use reqwest::{header, Client, StatusCode};
use url::Url;

use crate::store::FeedRow;

const MAX_BODY: usize = 4 * 1024 * 1024;
const PROBE_CONCURRENCY: usize = 8;

pub struct Fetched {
    pub etag: Option<String>,
    pub body: Bytes,
}

pub enum Outcome {
    Unchanged,
    Updated(Fetched),
}

#[derive(Clone)]
pub struct Fetcher {
    http: Client,
    mirrors: Vec<Url>,
}

impl Fetcher {
    pub fn new(mirrors: Vec<Url>) -> anyhow::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("feedsync/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self { http, mirrors })
    }

    pub fn http(&self) -> &Client {
        &self.http
    }

    pub async fn fetch(&self, feed: &FeedRow) -> anyhow::Result<Outcome> {
        let mut req = self.http.get(feed.url.as_str());
        if let Some(etag) = &feed.etag {
            req = req.header(header::IF_NONE_MATCH, etag);
        }
        let resp = req
            .send()
            .await
            .with_context(|| format!("GET {}", feed.url))?;
        match resp.status() {
            StatusCode::NOT_MODIFIED => Ok(Outcome::Unchanged),
            s if s.is_success() => {
                let etag = resp
                    .headers()
                    .get(header::ETAG)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let body = resp.bytes().await?;
                if body.len() > MAX_BODY {
                    bail!("feed {} is {} bytes, over the limit", feed.url, body.len());
                }
                Ok(Outcome::Updated(Fetched { etag, body }))
            }
            s => bail!("feed {} answered {}", feed.url, s),
        }
    }

    /// Fetches every feed the caller hands over, all at once. Used by the admin `refresh` command.
    pub async fn fetch_all(&self, feeds: &[FeedRow]) -> Vec<anyhow::Result<Outcome>> {
        join_all(feeds.iter().map(|f| self.fetch(f))).await // EXPECT: unbounded-gather
    }

    /// Which of the configured mirrors answer right now, so the scheduler can skip dead ones.
    pub async fn live_mirrors(&self) -> Vec<Url> {
        let checks = join_all(self.mirrors.iter().map(|m| self.head_ok(m))).await; // OK: unbounded-gather
        self.mirrors
            .iter()
            .zip(checks)
            .filter(|(_, ok)| *ok)
            .map(|(m, _)| m.clone())
            .collect()
    }

    /// Probes arbitrary urls a user pasted into the UI, a few at a time.
    pub async fn probe(&self, urls: Vec<Url>) -> Vec<(Url, bool)> {
        stream::iter(urls).map(|u| async move { let ok = self.head_ok(&u).await; (u, ok) }).buffer_unordered(PROBE_CONCURRENCY).collect().await // OK: unbounded-gather
    }

    async fn head_ok(&self, url: &Url) -> bool {
        match self.http.head(url.as_str()).send().await {
            Ok(r) => r.status().is_success(),
            Err(e) => {
                tracing::debug!(%url, error = %e, "probe failed");
                false
            }
        }
    }
}
