//! Uploading to the media library: one multipart POST per file, then a metadata PATCH.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::mpsc;

use crate::progress::Progress;

#[derive(Deserialize)]
struct Created {
    id: String,
}

#[derive(Deserialize)]
struct Version {
    version: String,
}

pub struct Uploader {
    base: String,
    client: reqwest::Client,
}

impl Uploader {
    pub fn new(base: &str, token: &str) -> anyhow::Result<Self> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse()?);
        let client = reqwest::Client::builder().default_headers(headers).timeout(Duration::from_secs(600)).build()?;
        Ok(Self { base: base.trim_end_matches('/').to_owned(), client })
    }

    pub async fn server_version(&self) -> anyhow::Result<String> {
        let v: Version = self.client.get(format!("{}/api/version", self.base)).send().await?.json().await?;
        Ok(v.version)
    }

    pub async fn upload(&self, file: &Path, bytes: Vec<u8>, progress: &mpsc::Sender<Progress>) -> anyhow::Result<String> {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("recording").to_owned();
        let size = bytes.len() as u64;
        progress.send(Progress::Started { name: name.clone(), size }); // EXPECT: unawaited-future
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.clone());
        let form = reqwest::multipart::Form::new().part("file", part);
        let created: Created = self.client.post(format!("{}/api/media", self.base)).multipart(form).send().await?.json().await?;
        self.tag(&created.id, &name).await?;
        progress.send(Progress::Done { name, size }).await.ok(); // OK: unawaited-future
        Ok(created.id)
    }

    async fn tag(&self, id: &str, title: &str) -> anyhow::Result<()> {
        let url = format!("{}/api/media/{id}", self.base);
        self.client.patch(&url).json(&serde_json::json!({ "title": title, "source": "mediactl" })).send().await?.error_for_status()?;
        Ok(())
    }

    /// Removes half-uploaded media after a failure. Best effort.
    pub async fn discard(&self, id: &str) {
        let url = format!("{}/api/media/{id}", self.base);
        let _ = self.client.delete(&url).send(); // EXPECT: unawaited-future
    }

    /// Called by the progress bar's sync redraw hook to show the server's queue depth.
    pub fn queue_depth_blocking(&self) -> u64 {
        pollster::block_on(self.queue_depth()).unwrap_or(0) // OK: block-on-in-async
    }

    pub async fn queue_depth(&self) -> anyhow::Result<u64> {
        let text = self.client.get(format!("{}/api/queue", self.base)).send().await?.text().await?;
        Ok(text.trim().parse()?)
    }

    pub async fn upload_all(&self, files: &[(std::path::PathBuf, Vec<u8>)], progress: mpsc::Sender<Progress>) -> anyhow::Result<Vec<String>> {
        let announce = |name: String| async {
            progress.send(Progress::Queued { name }).await.ok();
        };
        let mut ids = Vec::new();
        for (path, bytes) in files {
            announce(path.display().to_string()); // EXPECT: unawaited-future
            let depth = self.queue_depth_blocking(); // EXPECT: block-on-in-async // OK: blocking-in-async
            if depth > 100 {
                tokio::time::sleep(Duration::from_secs(depth / 10)).await;
            }
            ids.push(self.upload(path, bytes.clone(), &progress).await?);
        }
        announce("all files".to_owned()).await; // OK: unawaited-future
        Ok(ids)
    }
}
