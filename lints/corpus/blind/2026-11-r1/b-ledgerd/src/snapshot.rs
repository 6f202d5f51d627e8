//! Periodic snapshots: a hash of the journal is sent to the server so it can detect divergence,
//! and a compacted copy is kept next to the journal.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::config::Config;
use crate::journal::Journal;
use crate::remote::RemoteClient;

const CHUNK: usize = 1 << 20;

pub async fn schedule(cfg: Config, journal: Arc<Journal>, shutdown: CancellationToken) -> anyhow::Result<()> {
    let remote = RemoteClient::new(&cfg)?;
    let mut every = tokio::time::interval(Duration::from_secs(15 * 60));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            _ = every.tick() => {}
        }
        let digest = digest_journal(journal.path()).await?;
        remote.update(&digest).await?; // OK: unawaited-future
        let compact_to = cfg.data_dir.join("journal.snapshot");
        let j = journal.clone();
        let copied = tokio::task::spawn_blocking(move || { // OK: blocking-in-async
            j.commit()?; // OK: blocking-in-async
            std::fs::copy(j.path(), &compact_to) // OK: blocking-in-async
        })
        .await??;
        info!(bytes = copied, %digest, "snapshot taken");
    }
}

/// Hashes the whole journal, which reaches several GB on busy accounts.
pub async fn digest_journal(path: &Path) -> anyhow::Result<String> {
    let mut file = File::open(path)?; // EXPECT: blocking-in-async
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = file.read(&mut buf)?; // EXPECT: blocking-in-async
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]); // OK: unawaited-future
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// The same digest, reading with tokio's file type.
pub async fn digest_journal_async(path: &Path) -> anyhow::Result<String> {
    let mut file = tokio::fs::File::open(path).await?; // OK: blocking-in-async
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = file.read(&mut buf).await?; // OK: blocking-in-async
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]); // OK: unawaited-future
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// Reads the last snapshot back, for the `verify` admin command.
pub async fn load_snapshot(dir: &Path) -> anyhow::Result<Vec<u8>> {
    let path: PathBuf = dir.join("journal.snapshot");
    let meta = std::fs::metadata(&path)?; // OK: blocking-in-async
    if meta.len() == 0 {
        warn!(path = %path.display(), "empty snapshot");
        return Ok(Vec::new());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let mut snap = File::open(&path)?; // EXPECT: blocking-in-async
    snap.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
    Ok(bytes)
}

pub async fn list_snapshots(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? { // EXPECT: blocking-in-async
        let entry = entry?;
        if entry.path().extension().is_some_and(|e| e == "snapshot") {
            out.push(entry.path());
        }
    }
    Ok(out)
}

pub fn digest_blocking(path: &Path) -> anyhow::Result<String> {
    let mut file = File::open(path)?; // OK: blocking-in-async
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(format!("{:x}", hasher.finalize()))
}
