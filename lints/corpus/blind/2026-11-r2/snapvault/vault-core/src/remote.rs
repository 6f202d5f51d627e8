//! The HTTP chunk store: chunks by digest, snapshot manifests by id.

use bytes::Bytes;
use serde::Deserialize;
use url::Url;

use crate::config::RemoteConfig;
use crate::manifest::Manifest;

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotInfo {
    pub id: String,
    pub created_at: u64,
    pub size: u64,
}

#[derive(Clone)]
pub struct RemoteStore {
    http: reqwest::Client,
    base: Url,
    token: Option<String>,
}

impl RemoteStore {
    pub fn new(cfg: &RemoteConfig) -> anyhow::Result<Self> {
        Ok(RemoteStore {
            http: reqwest::Client::builder()
                .user_agent(concat!("snapvault/", env!("CARGO_PKG_VERSION")))
                .build()?,
            base: Url::parse(&cfg.url)?,
            token: cfg.token.clone(),
        })
    }

    fn request(&self, method: reqwest::Method, path: &str) -> anyhow::Result<reqwest::RequestBuilder> {
        let url = self.base.join(path)?;
        let mut req = self.http.request(method, url);
        if let Some(token) = &self.token {
            req = req.bearer_auth(token);
        }
        Ok(req)
    }

    pub async fn has_chunk(&self, digest: &str) -> anyhow::Result<bool> {
        let resp = self
            .request(reqwest::Method::HEAD, &format!("chunks/{digest}"))?
            .send()
            .await?;
        Ok(resp.status().is_success())
    }

    pub async fn upload_chunk(&self, digest: &str, data: Vec<u8>) -> anyhow::Result<()> {
        self.request(reqwest::Method::PUT, &format!("chunks/{digest}"))?
            .body(data)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn download_chunk(&self, digest: &str) -> anyhow::Result<Bytes> {
        let resp = self
            .request(reqwest::Method::GET, &format!("chunks/{digest}"))?
            .send()
            .await?
            .error_for_status()?;
        Ok(resp.bytes().await?)
    }

    pub async fn list_snapshots(&self) -> anyhow::Result<Vec<SnapshotInfo>> {
        let resp = self.request(reqwest::Method::GET, "snapshots")?.send().await?;
        Ok(resp.error_for_status()?.json().await?)
    }

    pub async fn fetch_manifest(&self, id: &str) -> anyhow::Result<Manifest> {
        let resp = self
            .request(reqwest::Method::GET, &format!("snapshots/{id}"))?
            .send()
            .await?;
        Ok(resp.error_for_status()?.json().await?)
    }

    pub async fn update(&self, id: &str, manifest: &Manifest) -> anyhow::Result<()> {
        self.request(reqwest::Method::PUT, &format!("snapshots/{id}"))?
            .json(manifest)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn delete_snapshot(&self, id: &str) -> anyhow::Result<()> {
        self.request(reqwest::Method::DELETE, &format!("snapshots/{id}"))?
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn count(&self) -> anyhow::Result<usize> {
        Ok(self.list_snapshots().await?.len())
    }

    /// The raw body of a GET, for endpoints that answer with plain JSON arrays.
    pub async fn get_bytes(&self, path: &str) -> anyhow::Result<Bytes> {
        let resp = self
            .request(reqwest::Method::GET, path)?
            .send()
            .await?
            .error_for_status()?;
        Ok(resp.bytes().await?)
    }
}
