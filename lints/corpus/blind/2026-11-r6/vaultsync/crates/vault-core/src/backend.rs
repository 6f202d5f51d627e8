//! The remote backends a vault syncs with, behind one trait so the daemon can hold any of them.

use async_trait::async_trait;

use crate::entry::Entry;

#[async_trait]
pub trait Backend: Send + Sync {
    async fn push(&self, entries: &[Entry]) -> anyhow::Result<()>;
    async fn pull(&self, since: u64) -> anyhow::Result<Vec<Entry>>;
    async fn heartbeat(&self) -> anyhow::Result<()>;
    async fn forget(&self, id: &str) -> anyhow::Result<()>;
    fn name(&self) -> &str;
}

pub struct HttpBackend {
    client: reqwest::Client,
    base: String,
}

impl HttpBackend {
    pub fn new(base: &str) -> HttpBackend {
        HttpBackend {
            client: reqwest::Client::new(),
            base: base.trim_end_matches('/').to_string(),
        }
    }
}

#[async_trait]
impl Backend for HttpBackend {
    async fn push(&self, entries: &[Entry]) -> anyhow::Result<()> {
        self.client
            .post(format!("{}/v1/push", self.base))
            .json(entries)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    async fn pull(&self, since: u64) -> anyhow::Result<Vec<Entry>> {
        let url = format!("{}/v1/pull?since={since}", self.base);
        Ok(self.client.get(url).send().await?.json().await?)
    }

    async fn heartbeat(&self) -> anyhow::Result<()> {
        self.client.head(format!("{}/v1/ping", self.base)).send().await?;
        Ok(())
    }

    async fn forget(&self, id: &str) -> anyhow::Result<()> {
        self.client.delete(format!("{}/v1/entries/{id}", self.base)).send().await?;
        Ok(())
    }

    fn name(&self) -> &str {
        &self.base
    }
}
