//! Uploads to the bucket: chunks by content hash, then the snapshot manifest. A bounded
//! number of chunk uploads run at once; each holds a semaphore permit.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, Semaphore};
use tokio::task;

use crate::catalog::Catalog;
use crate::progress::ProgressSink;
use crate::snapshot::{Chunk, Manifest};

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("bucket refused {0}: {1}")]
    Refused(String, u16),
}

pub struct Uploader {
    client: reqwest::Client,
    bucket_url: String,
    permits: Arc<Semaphore>,
}

fn hex(hash: &[u8; 32]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

impl Uploader {
    pub fn new(bucket_url: String, concurrency: usize) -> Self {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap_or_default();
        Self { client, bucket_url, permits: Arc::new(Semaphore::new(concurrency)) }
    }

    pub async fn put_chunk(&self, chunk: &Chunk) -> Result<(), UploadError> {
        let url = format!("{}/chunks/{}", self.bucket_url, hex(&chunk.hash));
        let response = self.client.put(&url).body(chunk.data.as_ref().clone()).send().await?;
        if !response.status().is_success() {
            return Err(UploadError::Refused(url, response.status().as_u16()));
        }
        Ok(())
    }

    pub async fn put_manifest(&self, host: &str, manifest: &Manifest) -> Result<String, UploadError> {
        let url = format!("{}/manifests/{host}/latest.json", self.bucket_url);
        self.client.put(&url).json(manifest).send().await?.error_for_status()?;
        Ok(url)
    }

    /// Uploads every chunk that arrives on `chunks`, a bounded number at once, and records
    /// the uploaded ones in the catalog. Ends when the snapshot closes the channel.
    pub async fn drain(self: Arc<Self>, mut chunks: mpsc::Receiver<Chunk>, catalog: Arc<Catalog>, sink: ProgressSink) {
        while let Some(chunk) = chunks.recv().await {
            let Ok(permit) = self.permits.clone().acquire_owned().await else { break };
            let (uploader, catalog, sink) = (self.clone(), catalog.clone(), sink.clone());
            tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
                let _permit = permit;
                match uploader.put_chunk(&chunk).await {
                    Ok(()) => {
                        catalog.insert_all([chunk.hash]).await;
                        sink.chunk_uploaded(chunk.data.len() as u64).await;
                    }
                    Err(e) => tracing::warn!(error = %e, "chunk upload failed, next snapshot retries it"),
                }
            });
        }
        // Every permit back means every upload finished.
        let _all = self.permits.acquire_many(self.permits.available_permits() as u32).await;
    }

    /// Re-uploads the chunks the bucket reported missing, in the background.
    pub fn repair(self: &Arc<Self>, missing: Vec<Chunk>) {
        let uploader = self.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: `Result`] // OK: untracked-spawn
            for chunk in missing.iter().take(64) {
                uploader.put_chunk(chunk).await?;
            }
            tracing::info!(count = missing.len(), "repair done");
            Ok::<_, UploadError>(())
        });
    }

    /// One chunk, in the background, for the "upload now" button.
    pub fn upload_now(self: &Arc<Self>, chunk: Chunk) {
        let uploader = self.clone();
        tokio::spawn(async move { uploader.put_chunk(&chunk).await }); // EXPECT: detached-spawn [mentions: put_chunk] // OK: untracked-spawn
    }

    /// The manifest goes last, once every chunk is in; failures are logged.
    pub fn publish_manifest(self: &Arc<Self>, host: String, manifest: Manifest) {
        let uploader = self.clone();
        task::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            match uploader.put_manifest(&host, &manifest).await {
                Ok(url) => tracing::info!(%url, "manifest published"),
                Err(e) => tracing::error!(error = %e, "manifest not published"),
            }
        });
    }

    /// Total bytes a batch would upload, measured by a dry-run PUT of each chunk.
    pub fn measure(self: &Arc<Self>, batch: Vec<Chunk>) {
        let uploader = self.clone();
        task::spawn(async move { // EXPECT: detached-spawn [mentions: value] // OK: untracked-spawn
            let mut accepted = 0usize;
            for chunk in batch.iter().take(16) {
                let url = format!("{}/dry-run/{}", uploader.bucket_url, hex(&chunk.hash));
                if uploader.client.head(&url).send().await.is_ok() {
                    accepted += chunk.data.len();
                }
            }
            accepted
        });
    }

    /// Waits until the bucket answers, checking every ten seconds.
    pub fn wait_for_bucket(self: &Arc<Self>, ready: tokio::sync::oneshot::Sender<()>) {
        let uploader = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            loop {
                if uploader.client.head(&uploader.bucket_url).send().await.is_ok() {
                    let _ = ready.send(());
                    return;
                }
                tokio::time::sleep(Duration::from_secs(10)).await;
            }
        });
    }
}
