//! A fn that fans out over its parameter is bounded when its callers pass it chunks: the
//! chunking happens in the calling function, and the gather stays quiet. A fn with no bounded
//! caller is reported.

mod upload;

/// The ids come from a file the user names.
pub async fn sync_from(path: &str) {
    let text = tokio::fs::read_to_string(path).await.unwrap_or_default();
    let ids: Vec<u64> = text.lines().filter_map(|l| l.parse().ok()).collect();
    sync_all(ids).await;
}

pub async fn sync_all(ids: Vec<u64>) {
    for chunk in ids.chunks(50) {
        upload::upload_batch(chunk.to_vec()).await;
    }
    upload::upload_all(ids).await;
}
