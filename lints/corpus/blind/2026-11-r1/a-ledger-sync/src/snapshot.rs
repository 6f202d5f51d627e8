//! Snapshots: each shard directory is archived and uploaded to the object store.

use std::path::{Path, PathBuf};

use futures::future::try_join_all;

use crate::error::Result;

async fn upload_one(http: reqwest::Client, store_url: String, path: PathBuf) -> Result<u64> {
    let bytes = tokio::fs::read(&path).await?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("snapshot");
    http.put(format!("{store_url}/{name}"))
        .body(bytes.clone())
        .send()
        .await?
        .error_for_status()?;
    Ok(bytes.len() as u64)
}

/// Uploads every file of the snapshot folder, one task each.
pub async fn upload_dir(dir: &Path, store_url: &str, http: &reqwest::Client) -> Result<u64> {
    let mut entries = tokio::fs::read_dir(dir).await?;
    let mut uploads = Vec::new();
    while let Some(e) = entries.next_entry().await? {
        uploads.push(tokio::spawn(upload_one(http.clone(), store_url.to_owned(), e.path()))); // EXPECT: unbounded-gather
    }
    let mut total = 0;
    for u in uploads {
        total += u.await.expect("upload task panicked")?;
    }
    Ok(total)
}

/// Uploads the given files eight at a time.
pub async fn upload_files(files: Vec<PathBuf>, store_url: &str, http: &reqwest::Client) -> Result<u64> {
    let mut total = 0;
    for group in files.chunks(8) {
        total += upload_group(group, store_url, http).await?;
    }
    Ok(total)
}

async fn upload_group(group: &[PathBuf], store_url: &str, http: &reqwest::Client) -> Result<u64> {
    let sizes = try_join_all(group.iter().map(|p| upload_one(http.clone(), store_url.to_owned(), p.clone()))).await?; // OK: unbounded-gather
    Ok(sizes.iter().sum())
}
