//! `CacheClient`: HTTP access to a cachepot server.

use std::time::Duration;

use futures::stream::{self, StreamExt};

use crate::artifact::{Artifact, ArtifactMeta};

#[derive(Clone)]
pub struct CacheClient {
    http: reqwest::Client,
    base: String,
}

impl CacheClient {
    pub fn new(base: impl Into<String>) -> anyhow::Result<Self> {
        Ok(CacheClient {
            http: reqwest::Client::builder().timeout(Duration::from_secs(20)).build()?,
            base: base.into(),
        })
    }

    pub async fn lookup(&self, key: &str) -> anyhow::Result<Option<ArtifactMeta>> {
        let resp = self.http.get(format!("{}/meta/{key}", self.base)).send().await?;
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(Some(resp.error_for_status()?.json().await?))
    }

    pub async fn fetch(&self, key: &str) -> anyhow::Result<Option<Artifact>> {
        let Some(meta) = self.lookup(key).await? else {
            return Ok(None);
        };
        let data = self
            .http
            .get(format!("{}/artifact/{key}", self.base))
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        Ok(Some(Artifact { meta, data }))
    }

    pub async fn store(&self, artifact: &Artifact) -> anyhow::Result<()> {
        self.http
            .put(format!("{}/artifact/{}", self.base, artifact.meta.key))
            .header("x-compiler", &artifact.meta.compiler)
            .body(artifact.data.clone())
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// Stores an artifact unless the server already has it.
    pub async fn store_if_missing(&self, artifact: &Artifact) -> anyhow::Result<bool> {
        if self.lookup(&artifact.meta.key).await?.is_some() {
            return Ok(false);
        }
        self.store(artifact); // EXPECT: unawaited-future
        Ok(true)
    }

    /// Stores many artifacts, a few at a time.
    pub async fn store_all(&self, artifacts: &[Artifact]) -> Vec<anyhow::Result<()>> {
        stream::iter(artifacts) // OK: unbounded-gather
            .map(|a| self.store(a))
            .buffer_unordered(4)
            .collect()
            .await
    }

    /// Looks up every key at once.
    pub async fn lookup_many(&self, keys: &[String]) -> Vec<anyhow::Result<Option<ArtifactMeta>>> {
        futures::future::join_all(keys.iter().map(|k| self.lookup(k))).await // EXPECT: unbounded-gather
    }

    /// Best-effort warm-up of a remote tier; callers do not wait for it.
    pub fn prefetch_detached(&self, key: String) {
        let this = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            match this.fetch(&key).await {
                Ok(Some(a)) => tracing::debug!(key = %a.meta.key, "prefetched"),
                Ok(None) => {}
                Err(e) => tracing::debug!(%key, "prefetch failed: {e:#}"),
            }
        });
    }
}
