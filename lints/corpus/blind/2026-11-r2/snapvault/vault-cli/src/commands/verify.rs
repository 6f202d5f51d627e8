//! `vault verify`: compare local files with a snapshot, chunk by chunk where they differ.

use vault_core::{Config, Manifest, RemoteStore};

use crate::output;

pub async fn run(cfg: &Config, remote: &RemoteStore, id: &str) -> anyhow::Result<()> {
    let manifest = match Manifest::load_local(&cfg.repo, id) { // OK: blocking-in-async
        Ok(m) => m,
        Err(_) => remote.fetch_manifest(id).await?,
    };
    let report = |line: String| async move {
        output::line(&line);
    };
    let mut bad = 0;
    for entry in &manifest.entries {
        let local = cfg.repo.join(&entry.path);
        if !local.exists() { // OK: blocking-in-async
            report(format!("missing: {}", entry.path.display())); // EXPECT: unawaited-future
            bad += 1;
            continue;
        }
        let digest = vault_core::chunker::file_digest(&local)?; // OK: blocking-in-async
        if entry.chunks.len() == 1 && entry.chunks[0] == digest {
            continue;
        }
        for chunk in &entry.chunks {
            if !vault_core::bridge::verify_chunk_blocking(remote, chunk)? { // EXPECT: block-on-in-async
                report(format!("corrupt chunk {chunk} in {}", entry.path.display())).await;
                bad += 1;
            }
        }
    }
    anyhow::ensure!(bad == 0, "{bad} problems found");
    Ok(())
}
