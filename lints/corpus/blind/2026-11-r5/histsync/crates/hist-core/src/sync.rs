//! The sync protocol: upload batches of entries to the server and to configured peers.

use futures::future::{join_all, try_join_all};
use futures::stream::{self, StreamExt};

use crate::entry::Entry;

#[derive(Clone)]
pub struct SyncClient {
    http: reqwest::Client,
    base: String,
    peers: Vec<String>,
}

impl SyncClient {
    pub fn new(base: String, peers: Vec<String>) -> SyncClient {
        SyncClient { http: reqwest::Client::new(), base, peers }
    }

    pub async fn upload(&self, batch: &[Entry]) -> anyhow::Result<()> {
        self.http
            .post(format!("{}/entries", self.base))
            .json(batch)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn ping(&self, peer: &str) -> bool {
        self.http.get(format!("{peer}/health")).send().await.is_ok()
    }

    /// Announce to every configured peer.
    pub async fn announce(&self) -> usize {
        let alive = join_all(self.peers.iter().map(|peer| self.ping(peer))).await; // OK: unbounded-gather
        alive.into_iter().filter(|ok| *ok).count()
    }

    /// Upload every batch a caller hands over, all at once.
    pub async fn upload_all(&self, batches: Vec<Vec<Entry>>) -> anyhow::Result<()> {
        try_join_all(batches.iter().map(|batch| self.upload(batch))).await?; // EXPECT: unbounded-gather
        Ok(())
    }

    /// Upload a caller's batches, eight at a time.
    pub async fn upload_paced(&self, batches: Vec<Vec<Entry>>) -> anyhow::Result<()> {
        let results: Vec<anyhow::Result<()>> = stream::iter(batches.iter().map(|batch| self.upload(batch))) // OK: unbounded-gather
            .buffer_unordered(8)
            .collect()
            .await;
        results.into_iter().collect()
    }
}
