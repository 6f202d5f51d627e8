//! Restores: fetch a manifest, then its chunks, and write the files back. The offline
//! `verify` command checks a snapshot without a runtime of its own.

use std::path::{Path, PathBuf};

use tokio::io::AsyncWriteExt;
use tokio::runtime::Handle;

use crate::AgentConfig;

#[derive(serde::Deserialize)]
struct RemoteManifest {
    files: Vec<(String, Vec<String>)>,
}

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

async fn fetch_manifest(client: &reqwest::Client, url: &str) -> Result<RemoteManifest, RestoreError> {
    Ok(client.get(url).send().await?.error_for_status()?.json().await?)
}

async fn fetch_chunk(client: &reqwest::Client, base: &str, hash: &str) -> Result<Vec<u8>, RestoreError> {
    let bytes = client.get(format!("{base}/chunks/{hash}")).send().await?.error_for_status()?.bytes().await?;
    Ok(zstd::decode_all(bytes.as_ref())?)
}

/// Restores every file of the host's latest snapshot under `target`, one file at a time.
pub async fn restore_latest(host: &str, target: &str) -> Result<usize, RestoreError> {
    let base = std::env::var("BACKUP_BUCKET").unwrap_or_default();
    let client = reqwest::Client::new();
    let manifest = fetch_manifest(&client, &format!("{base}/manifests/{host}/latest.json")).await?;
    let mut restored = 0;
    for (path, hashes) in &manifest.files {
        let destination = Path::new(target).join(path.trim_start_matches('/'));
        if let Some(parent) = destination.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        let mut file = tokio::fs::File::create(&destination).await?;
        for hash in hashes {
            file.write_all(&fetch_chunk(&client, &base, hash).await?).await?;
        }
        restored += 1;
    }
    Ok(restored)
}

/// Counts the chunks of the host's latest snapshot that the bucket no longer has. Sync, for
/// the offline tool and the sync reporting library.
pub fn missing_chunks(client: &reqwest::Client, base: &str, host: &str) -> usize {
    let runtime = Handle::current();
    let url = format!("{base}/manifests/{host}/latest.json");
    let Ok(manifest) = runtime.block_on(fetch_manifest(client, &url)) else { // OK: block-on-in-async
        return 0;
    };
    manifest
        .files
        .iter()
        .flat_map(|(_, hashes)| hashes)
        .filter(|hash| runtime.block_on(fetch_chunk(client, base, hash)).is_err()) // OK: block-on-in-async
        .count()
}

/// `backup-agent verify`: no runtime is running yet, this builds none either.
pub async fn verify_offline(config: AgentConfig, id: String) -> Result<usize, RestoreError> {
    let client = reqwest::Client::new();
    let manifest = fetch_manifest(&client, &format!("{}/manifests/{}/{id}.json", config.bucket_url, config.host_id)).await?;
    let mut bad = 0;
    for (_, hashes) in &manifest.files {
        for hash in hashes {
            if fetch_chunk(&client, &config.bucket_url, hash).await.is_err() {
                bad += 1;
            }
        }
    }
    Ok(bad)
}

/// The control plane's "check snapshot health" job.
pub async fn health_report(config: &AgentConfig) -> String {
    let client = reqwest::Client::new();
    let missing = missing_chunks(&client, &config.bucket_url, &config.host_id); // EXPECT: block-on-in-async [mentions: block_on]
    format!("{missing} chunks missing")
}

/// The same report, computed where blocking is allowed.
pub async fn health_report_in_place(config: &AgentConfig) -> String {
    let client = reqwest::Client::new();
    let missing = tokio::task::block_in_place(|| missing_chunks(&client, &config.bucket_url, &config.host_id)); // OK: block-on-in-async
    format!("{missing} chunks missing")
}

/// Restores one file for the operator and checks it against the original size.
pub async fn restore_file_checked(host: String, path: PathBuf, expected: u64) -> bool {
    let target = path.to_string_lossy().to_string();
    let restored = futures::executor::block_on(restore_latest(&host, &target)); // EXPECT: block-on-in-async
    let size = tokio::fs::metadata(&path).await.map(|m| m.len()).unwrap_or(0);
    restored.is_ok() && size == expected
}

/// The restore progress dialog of the desktop build: a `LocalSet` keeps its `!Send` state.
pub fn run_restore_dialog(host: String, target: String) {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => return tracing::error!(error = %e, "no runtime for the restore dialog"),
    };
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async move { // OK: block-on-in-async
        let shown = std::rc::Rc::new(std::cell::Cell::new(0usize));
        let counter = shown.clone();
        tokio::task::spawn_local(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut tick = tokio::time::interval(std::time::Duration::from_millis(500));
            while counter.get() < 100 {
                tick.tick().await;
                counter.set(counter.get() + 5);
            }
        });
        let outcome = restore_latest(&host, &target).await;
        shown.set(100);
        match outcome {
            Ok(files) => println!("restored {files} files"),
            Err(e) => eprintln!("restore failed: {e}"),
        }
    });
}
