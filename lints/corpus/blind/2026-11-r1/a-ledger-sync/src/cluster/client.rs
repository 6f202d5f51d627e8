//! The HTTP client for one peer.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::error::{LedgerError, Result};
use crate::shard::Transfer;

#[derive(Debug, Clone)]
pub struct PeerClient {
    pub id: String,
    base: String,
    http: reqwest::Client,
}

impl PeerClient {
    pub fn new(id: &str, base: &str) -> PeerClient {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(3))
            .build()
            .expect("static client configuration");
        PeerClient { id: id.to_owned(), base: base.trim_end_matches('/').to_owned(), http }
    }

    pub async fn ping(&self, me: &str) -> Result<Duration> {
        let started = Instant::now();
        let resp = self.http.post(format!("{}/gossip", self.base)).json(&json!({ "from": me })).send().await?;
        if !resp.status().is_success() {
            return Err(LedgerError::PeerRefused { peer: self.id.clone(), reason: resp.status().to_string() });
        }
        Ok(started.elapsed())
    }

    pub async fn push(&self, shard: u32, offset: u64, t: &Transfer) -> Result<()> {
        let resp = self
            .http
            .post(format!("{}/shards/{shard}/records/{offset}", self.base))
            .json(t)
            .send()
            .await?;
        if resp.status().is_success() {
            Ok(())
        } else {
            Err(LedgerError::PeerRefused { peer: self.id.clone(), reason: resp.text().await.unwrap_or_default() })
        }
    }
}
