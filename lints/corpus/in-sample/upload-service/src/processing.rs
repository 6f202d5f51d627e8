//! Post-processing of uploads: virus scan, thumbnails, search indexing.

use std::path::PathBuf;
use std::time::Duration;

pub async fn scan(path: PathBuf) -> bool {
    let output = tokio::process::Command::new("clamscan").arg(&path).output().await; // OK: blocking-in-async
    output.map(|o| o.status.success()).unwrap_or(false)
}

pub async fn thumbnail(path: PathBuf) {
    let status = std::process::Command::new("vipsthumbnail").arg(&path).status(); // EXPECT: blocking-in-async
    tracing::debug!(?status, "thumbnail");
}

pub async fn index(path: PathBuf) {
    let text = std::fs::read_to_string(&path).unwrap_or_default(); // EXPECT: blocking-in-async
    tracing::debug!(words = text.split_whitespace().count(), "indexed");
}

pub async fn expire_later(path: PathBuf, after: Duration) {
    tokio::time::sleep(after).await;
    tokio::fs::remove_file(path).await.ok();
}
