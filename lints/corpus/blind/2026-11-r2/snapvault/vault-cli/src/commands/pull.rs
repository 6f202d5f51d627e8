//! `vault pull` and `vault repair`.

use std::path::Path;

use vault_core::{Config, RemoteStore};

use crate::output;

pub async fn run(cfg: &Config, remote: &RemoteStore, id: Option<String>, dest: &Path) -> anyhow::Result<()> {
    let id = match id {
        Some(id) => id,
        None => {
            let handle = tokio::runtime::Handle::current();
            let latest = vault_core::bridge::latest_snapshot_blocking(&handle, remote)?; // EXPECT: block-on-in-async
            latest.ok_or_else(|| anyhow::anyhow!("the remote has no snapshot"))?.id
        }
    };
    let manifest = remote.fetch_manifest(&id).await?;
    manifest.save_local(&cfg.repo)?; // OK: blocking-in-async
    let cache = cfg.repo.join("cache");
    vault_core::restore::prefetch_all(remote, &manifest, &cache).await?;
    let written = vault_core::restore::restore(remote, &manifest, dest).await?;
    output::line(&format!("restored {id}: {written} bytes"));
    Ok(())
}

pub async fn repair(cfg: &Config, remote: &RemoteStore, id: &str) -> anyhow::Result<()> {
    let cache = cfg.repo.join("cache");
    let scratch = cfg.repo.join("repair.tmp");
    tokio::fs::create_dir_all(&scratch).await?;
    let fixed = vault_core::restore::repair(remote, id, &cache).await?;
    tokio::fs::remove_dir_all(&scratch); // EXPECT: unawaited-future
    output::line(&format!("{fixed} chunks fetched"));
    Ok(())
}
