//! The `thumbnail` job: decodes an image from the blob store and writes a small JPEG beside it.

use std::path::PathBuf;
use std::time::Duration;

use crate::queue::Job;

fn blob_path(job: &Job) -> PathBuf {
    PathBuf::from(std::env::var("TASKQ_BLOBS").unwrap_or_default()).join(job.payload["blob"].as_str().unwrap_or_default())
}

fn shrink(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().step_by(4).copied().collect()
}

pub async fn render(job: &Job) -> anyhow::Result<()> {
    let src = blob_path(job);
    let bytes = tokio::fs::read(&src).await?;
    let small = tokio::task::spawn_blocking(move || shrink(&bytes)).await?;
    let mut attempts = 0;
    loop {
        match std::fs::write(src.with_extension("thumb.jpg"), &small) { // EXPECT: blocking-in-async
            Ok(()) => return Ok(()),
            Err(e) if attempts < 3 => {
                attempts += 1;
                tracing::warn!(error = %e, attempts, "thumbnail write failed");
                std::thread::sleep(Duration::from_millis(200)); // EXPECT: blocking-in-async
            }
            Err(e) => return Err(e.into()),
        }
    }
}
