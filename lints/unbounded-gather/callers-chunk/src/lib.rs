//! A fn that fans out over its parameter is bounded when its callers pass it chunks: the
//! chunking happens in the calling function, and the gather stays quiet. A fn with no bounded
//! caller is reported.

mod upload;

pub async fn sync_all(ids: Vec<u64>) {
    for chunk in ids.chunks(50) {
        upload::upload_batch(chunk.to_vec()).await;
    }
    upload::upload_all(ids).await;
}
