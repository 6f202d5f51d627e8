use futures::future::{join_all, try_join_all};
use futures::stream::{self, StreamExt};

use crate::config::Config;

#[derive(Clone)]
pub struct Remote {
    http: reqwest::Client,
    base: String,
    mirrors: Vec<String>,
}

impl Remote {
    pub fn new(cfg: &Config) -> Remote {
        Remote { http: reqwest::Client::new(), base: cfg.remote.clone(), mirrors: cfg.mirrors.clone() }
    }

    pub async fn upload(&self, key: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        self.http.put(format!("{}/objects/{key}", self.base)).body(bytes).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn download(&self, key: &str) -> anyhow::Result<Vec<u8>> {
        let resp = self.http.get(format!("{}/objects/{key}", self.base)).send().await?;
        Ok(resp.error_for_status()?.bytes().await?.to_vec())
    }

    /// Asks every configured mirror whether it has `key`.
    pub async fn mirrors_with(&self, key: &str) -> Vec<String> {
        let probes = self.mirrors.iter().map(|m| self.probe(m, key));
        let answers = join_all(probes).await; // OK: unbounded-gather
        answers.into_iter().flatten().collect()
    }

    async fn probe(&self, mirror: &str, key: &str) -> Option<String> {
        let resp = self.http.head(format!("{mirror}/objects/{key}")).send().await.ok()?;
        resp.status().is_success().then(|| mirror.to_string())
    }

    /// Library API: the caller decides how many keys to ask for.
    pub async fn download_many(&self, keys: &[String]) -> anyhow::Result<Vec<Vec<u8>>> {
        try_join_all(keys.iter().map(|k| self.download(k))).await // EXPECT: unbounded-gather
    }

    /// Library API, bounded by the caller's choice of width.
    pub async fn upload_many(&self, blobs: Vec<(String, Vec<u8>)>, width: usize) -> anyhow::Result<()> {
        let results: Vec<_> = stream::iter(blobs.into_iter().map(|(k, b)| async move { self.upload(&k, b).await })).buffer_unordered(width).collect().await; // OK: unbounded-gather
        results.into_iter().collect()
    }

    /// Called by the CLI with `keys.chunks(32)` only.
    pub async fn exists_batch(&self, keys: &[String]) -> Vec<bool> {
        join_all(keys.iter().map(|k| async move { self.download(k).await.is_ok() })).await
    }

    pub fn ping(&self) -> impl std::future::Future<Output = anyhow::Result<()>> + '_ {
        let url = format!("{}/health", self.base);
        async move {
            self.http.get(url).send().await?.error_for_status()?;
            Ok(())
        }
    }
}
