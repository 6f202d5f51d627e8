//! `vault push`: walk the given paths, chunk and upload, then record the manifest.

use std::path::{Path, PathBuf};
use std::time::Duration;

use vault_core::{Config, RemoteStore};

use crate::output;

pub async fn run(cfg: &Config, remote: &RemoteStore, paths: Vec<PathBuf>) -> anyhow::Result<()> {
    let progress = output::progress_printer();
    let files = expand(&cfg.repo, &paths)?; // OK: blocking-in-async
    let _ = progress.send(format!("{} files to snapshot", files.len())); // OK: unawaited-future
    let manifest = with_retry(3, || {
        vault_core::manifest::build_and_upload(remote, &cfg.repo, &files, cfg.chunk_size)
    })
    .await?;
    remote.update(&manifest.id, &manifest).await?;
    let _ = progress.send(format!("snapshot {} ({} bytes)", manifest.id, manifest.total_size())); // OK: unawaited-future
    output::line(&manifest.id);
    Ok(())
}

/// Every regular file under the given paths, relative to the repository.
fn expand(root: &Path, paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    while let Some(dir) = stack.pop() {
        if dir.is_file() {
            out.push(dir.strip_prefix(root)?.to_path_buf());
            continue;
        }
        for entry in std::fs::read_dir(&dir)? { // OK: blocking-in-async
            stack.push(entry?.path());
        }
    }
    Ok(out)
}

async fn with_retry<T, F, Fut>(attempts: u32, mut op: F) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let mut delay = Duration::from_millis(250);
    let mut last = None;
    for _ in 0..attempts {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                tracing::warn!("push failed: {e:#}, retrying in {delay:?}");
                std::thread::sleep(delay); // OK: blocking-in-async
                delay *= 2;
                last = Some(e);
            }
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("no attempts")))
}
