//! The HTTP client for the accounting server: pulls remote entries, pushes local ones, and
//! announces peer cursors.

use std::time::Duration;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tracing::{debug, warn};

use crate::config::Config;
use crate::journal::Entry;

#[derive(Debug, Deserialize)]
pub struct Batch {
    pub cursor: u64,
    pub entries: Vec<Entry>,
}

#[derive(Serialize)]
struct CursorUpdate<'a> {
    peer: &'a str,
    cursor: u64,
}

pub struct RemoteClient {
    base: String,
    account: String,
    http: reqwest::Client,
    legacy_endpoint: Option<String>,
}

impl RemoteClient {
    pub fn new(cfg: &Config) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("ledgerd/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            base: cfg.server_url.trim_end_matches('/').to_owned(),
            account: cfg.account.clone(),
            http,
            legacy_endpoint: cfg.legacy_endpoint.clone(),
        })
    }

    pub async fn fetch_since(&self, cursor: u64) -> anyhow::Result<Batch> {
        let url = format!("{}/accounts/{}/entries?after={cursor}", self.base, self.account);
        let batch = self.http.get(&url).send().await?.error_for_status()?.json::<Batch>().await?;
        Ok(batch)
    }

    pub async fn push(&self, entry: &Entry) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/entries", self.base, self.account);
        self.http.post(&url).json(entry).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn push_cursor(&self, cursor: u64) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/cursor", self.base, self.account);
        self.http.put(&url).json(&cursor).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn request_replay(&self, from: u64) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/replay?from={from}", self.base, self.account);
        self.http.post(&url).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn announce(&self, peer: &str, cursor: u64) -> anyhow::Result<()> {
        let url = format!("{}/peers", self.base);
        self.http.post(&url).json(&CursorUpdate { peer, cursor }).send().await?;
        Ok(())
    }

    pub async fn upload_pending(&self, entries: &[Entry]) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/pending", self.base, self.account);
        self.http.put(&url).json(entries).send().await?.error_for_status()?;
        Ok(())
    }

    /// Tells the server our digest of the journal so it can detect divergence.
    pub async fn update(&self, digest: &str) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/digest", self.base, self.account);
        self.http.put(&url).body(digest.to_owned()).send().await?;
        Ok(())
    }

    pub async fn healthy(&self) -> bool {
        match self.http.get(format!("{}/healthz", self.base)).send().await {
            Ok(resp) => resp.status().is_success(),
            Err(e) => {
                debug!(error = %e, "health probe failed");
                false
            }
        }
    }

    /// Best-effort ping of the old v1 endpoint, which some branch offices still poll.
    pub async fn ping_legacy(&self) {
        let Some(endpoint) = &self.legacy_endpoint else { return };
        match reqwest::blocking::get(endpoint) { // EXPECT: blocking-in-async
            Ok(resp) => debug!(status = %resp.status(), "legacy endpoint answered"),
            Err(e) => warn!(error = %e, "legacy endpoint unreachable"),
        }
    }

    /// Sends the nightly statement; nobody waits for it.
    pub async fn send_statement(&self, month: &str) -> anyhow::Result<()> {
        let url = format!("{}/accounts/{}/statements/{month}", self.base, self.account);
        self.http.post(&url).send(); // EXPECT: unawaited-future
        debug!(month, "statement requested");
        Ok(())
    }

    pub async fn push_all(&self, entries: &[Entry]) -> anyhow::Result<usize> {
        let mut pushed = 0;
        for entry in entries {
            self.push(entry).await.with_context(|| format!("pushing seq {}", entry.seq))?; // OK: unawaited-future
            pushed += 1;
        }
        Ok(pushed)
    }
}
