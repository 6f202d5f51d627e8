use std::io::Read;
use std::path::PathBuf;

use super::Handler;
use crate::queue::Job;

#[derive(Default, Clone)]
pub struct Thumbnail;

impl Handler for Thumbnail {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let path = PathBuf::from(job.payload["path"].as_str().unwrap_or_default());
        let bytes = tokio::task::spawn_blocking(move || read_image(&path)).await??; // OK: blocking-in-async
        let small = shrink(&bytes);
        let out = PathBuf::from(job.payload["out"].as_str().unwrap_or_default());
        std::fs::write(&out, small)?; // EXPECT: blocking-in-async
        Ok(())
    }

    async fn before(&self, job: &Job) {
        let size = std::fs::metadata(job.payload["path"].as_str().unwrap_or_default()).map(|m| m.len()); // OK: blocking-in-async
        tracing::debug!(?size, "thumbnail input");
    }
}

fn read_image(path: &PathBuf) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?; // OK: blocking-in-async
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?; // OK: blocking-in-async
    Ok(bytes)
}

fn shrink(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().step_by(4).copied().collect()
}
