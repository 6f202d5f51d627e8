//! Conflict decisions by a human-run operator service. The decision hook is a sync trait in
//! the old plugin API, so the call is bridged with the runtime handle.

use std::time::Duration;

use crate::store::Entry;

pub struct Operator {
    url: String,
    http: reqwest::Client,
    rt: tokio::runtime::Handle,
}

impl Operator {
    pub fn new(url: String) -> Self {
        Operator {
            url,
            http: reqwest::Client::new(),
            rt: tokio::runtime::Handle::current(),
        }
    }

    async fn ask(&self, key: &str, local: &Entry, remote: &Entry) -> anyhow::Result<Entry> {
        let resp = self
            .http
            .post(format!("{}/decide", self.url))
            .json(&(key, local, remote))
            .timeout(Duration::from_secs(30))
            .send()
            .await?;
        Ok(resp.error_for_status()?.json().await?)
    }

    /// Sync hook for the conflict policy API.
    pub fn decide_blocking(&self, key: &str, local: &Entry, remote: &Entry) -> Entry {
        match self.rt.block_on(self.ask(key, local, remote)) { // OK: block-on-in-async, unawaited-future
            Ok(decided) => decided,
            Err(e) => {
                tracing::warn!(%key, "operator unreachable ({e:#}); keeping the remote value");
                remote.clone()
            }
        }
    }

    /// The same decision, for async callers that can afford to wait for the operator.
    pub async fn decide(&self, key: &str, local: &Entry, remote: &Entry) -> Entry {
        let rt = self.rt.clone();
        let (key, local, remote) = (key.to_string(), local.clone(), remote.clone());
        let http = self.http.clone();
        let url = self.url.clone();
        let decided = tokio::task::spawn_blocking(move || {
            let op = Operator { url, http, rt: rt.clone() };
            rt.block_on(op.ask(&key, &local, &remote)).unwrap_or(remote) // OK: block-on-in-async
        })
        .await;
        decided.unwrap_or_else(|_| Entry { value: String::new(), version: 0, origin: "operator".into() })
    }
}
