//! Multipart upload pipeline: split files into parts, upload parts with bounded concurrency,
//! retry failed parts, then complete the upload.
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use futures::stream::{self, StreamExt, TryStreamExt};
use futures::future::try_join_all;
use tokio::sync::Semaphore;
use tokio::task::{self, block_in_place, JoinSet};
use tracing::{debug, info, instrument};

use crate::fsutil::{self, checksum, file_len, list_files, read_part_async};
use crate::retry::Backoff;

const PART_SIZE: usize = 8 * 1024 * 1024;

#[derive(Clone)]
pub struct UploaderConfig {
    pub bucket: String,
    pub root: PathBuf,
    pub part_concurrency: usize,
    pub backoff: Backoff,
}

pub struct Uploader {
    cfg: UploaderConfig,
    client: Arc<s3::Client>,
    limit: Arc<Semaphore>,
}

impl Uploader {
    pub fn new(cfg: UploaderConfig, client: s3::Client) -> Self {
        let limit = Arc::new(Semaphore::new(cfg.part_concurrency));
        Self { cfg, client: Arc::new(client), limit }
    }

    #[instrument(skip(self))]
    pub async fn sync_all(&self) -> anyhow::Result<usize> {
        let files = list_files(&self.cfg.root); // EXPECT: blocking-in-async
        let uploaded = stream::iter(files)
            .map(|path| self.upload_file(path))
            .buffer_unordered(4) // OK: unbounded-gather
            .try_collect::<Vec<_>>()
            .await?;
        Ok(uploaded.len())
    }

    pub async fn sync_all_offloaded(&self) -> anyhow::Result<usize> {
        let root = self.cfg.root.clone();
        let files = task::spawn_blocking(move || list_files(&root)).await?; // OK: blocking-in-async
        let mut done = 0;
        for chunk in files.chunks(16) {
            let batch = chunk.iter().cloned().map(|p| self.upload_file(p));
            done += try_join_all(batch).await?.len(); // OK: unbounded-gather
        }
        Ok(done)
    }

    pub async fn upload_file(&self, path: PathBuf) -> anyhow::Result<String> {
        let len = file_len(&path); // OK: blocking-in-async
        let sum = block_in_place(|| checksum(&path))?; // OK: blocking-in-async
        let upload_id = self.client.create_multipart(&self.cfg.bucket, &path).await?;
        let parts = (len as usize).div_ceil(PART_SIZE);
        let etags = try_join_all((0..parts).map(|i| self.upload_part(&path, &upload_id, i))).await?; // OK: unbounded-gather
        self.client.complete_multipart(&upload_id, etags).await?;
        debug!(%sum, "uploaded");
        Ok(upload_id)
    }

    async fn upload_part(&self, path: &Path, upload_id: &str, index: usize) -> anyhow::Result<String> {
        let _permit = self.limit.acquire().await?;
        let offset = (index * PART_SIZE) as u64;
        let body = read_part_async(path.to_owned(), offset, PART_SIZE).await?; // OK: blocking-in-async
        self.cfg
            .backoff
            .retry(|attempt| {
                debug!(attempt, index, "uploading part");
                self.client.upload_part(upload_id, index, body.clone())
            })
            .await
            .map_err(Into::into)
    }

    pub async fn upload_parts_guarded(self: Arc<Self>, path: PathBuf, upload_id: String, parts: Vec<usize>) -> Vec<String> {
        let mut set = JoinSet::new();
        for index in parts {
            let me = Arc::clone(&self);
            let path = path.clone();
            let upload_id = upload_id.clone();
            set.spawn(async move { // OK: unbounded-gather
                let _permit = me.limit.clone().acquire_owned().await.unwrap();
                me.upload_part(&path, &upload_id, index).await
            });
        }
        let mut out = vec![];
        while let Some(Ok(Ok(etag))) = set.join_next().await {
            out.push(etag);
        }
        out
    }

    pub async fn verify_remote(&self, keys: Vec<String>) -> anyhow::Result<()> {
        let checks = keys.iter().map(|k| self.client.head_object(&self.cfg.bucket, k));
        let heads = try_join_all(checks).await?; // EXPECT: unbounded-gather
        info!(n = heads.len(), "verified");
        Ok(())
    }

    pub async fn abort_stale(&self, stale: Vec<String>) {
        for id in stale {
            let client = Arc::clone(&self.client);
            let _ = tokio::spawn(async move { client.abort_multipart(&id).await }); // EXPECT: unbounded-gather // OK: detached-spawn
        }
    }

    /// Checks that every key the manifest of the last run lists (one per line) is in the bucket.
    pub async fn verify_manifest(&self, manifest: &Path) -> anyhow::Result<()> {
        let listed = tokio::fs::read_to_string(manifest).await?;
        let keys = listed.lines().map(str::to_string).collect();
        self.verify_remote(keys).await
    }

    /// On start-up: aborts the multipart uploads a crashed run left open, as its journal lists
    /// them (one upload id per line).
    pub async fn abort_journaled(&self, journal: &Path) -> anyhow::Result<()> {
        let text = tokio::fs::read_to_string(journal).await?;
        let stale = text.lines().map(str::to_string).collect();
        self.abort_stale(stale).await;
        Ok(())
    }

    pub async fn cooldown(&self) {
        thread::sleep(Duration::from_millis(250)); // EXPECT: blocking-in-async
    }

    pub async fn preflight(&self) -> anyhow::Result<()> {
        let root = self.cfg.root.clone();
        let probe = thread::spawn(move || {
            thread::sleep(Duration::from_millis(10)); // OK: blocking-in-async
            fsutil::file_len(&root)
        });
        let len = probe.join().expect("probe thread panicked"); // EXPECT: blocking-in-async
        anyhow::ensure!(len > 0, "empty root");
        Ok(())
    }

    pub async fn parallel_checksums(&self, files: Vec<PathBuf>) -> Vec<String> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        rayon::spawn(move || {
            let sums = files.iter().filter_map(|p| checksum(p).ok()).collect::<Vec<_>>(); // OK: blocking-in-async
            let _ = tx.send(sums);
        });
        rx.await.unwrap_or_default()
    }

    pub async fn stats_from_disk(&self, files: &[PathBuf]) -> u64 {
        files.iter().map(|p| fsutil::file_len(p)).sum() // OK: blocking-in-async
    }

    pub async fn legacy_notify(&self, url: &str) -> anyhow::Result<()> {
        let resp = reqwest::blocking::get(url)?; // EXPECT: blocking-in-async
        anyhow::ensure!(resp.status().is_success(), "notify failed");
        Ok(())
    }
}
