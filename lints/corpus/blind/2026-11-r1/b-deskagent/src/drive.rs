//! The team drive's HTTP API.

use std::path::Path;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct RemoteFile {
    pub path: String,
    pub etag: String,
}

#[derive(Clone)]
pub struct Drive {
    base: String,
    http: reqwest::Client,
}

impl Drive {
    pub fn new(base: &str, token: &str) -> anyhow::Result<Drive> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse()?);
        Ok(Drive { base: base.to_owned(), http: reqwest::Client::builder().default_headers(headers).build()? })
    }

    pub async fn put(&self, rel: &Path, body: Vec<u8>) -> anyhow::Result<String> {
        let resp = self.http.put(format!("{}/files/{}", self.base, rel.display())).body(body).send().await?.error_for_status()?;
        Ok(resp.headers().get("etag").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned())
    }

    pub async fn list(&self) -> anyhow::Result<Vec<RemoteFile>> {
        Ok(self.http.get(format!("{}/files", self.base)).send().await?.json().await?)
    }

    pub async fn fetch(&self, rel: &Path) -> anyhow::Result<Vec<u8>> {
        Ok(self.http.get(format!("{}/files/{}", self.base, rel.display())).send().await?.bytes().await?.to_vec())
    }

    pub async fn ping(&self) -> bool {
        self.http.head(&self.base).send().await.is_ok()
    }

    pub async fn report_conflict(&self, rel: &Path) -> anyhow::Result<()> {
        self.http.post(format!("{}/conflicts", self.base)).json(&rel.display().to_string()).send().await?;
        Ok(())
    }
}
