//! `vault-migrate`: one-off conversion of v1 manifests to the chunked format. A plain sync
//! program that drives the async client on a runtime it builds itself.

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let repo: PathBuf = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| ".".into());
    let cfg = vault_core::config::load(&repo.join("vault.toml"))?;
    let remote = vault_core::RemoteStore::new(&cfg.remote)?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let snaps = rt.block_on(remote.list_snapshots())?; // OK: block-on-in-async
    for snap in snaps {
        let manifest = rt.block_on(remote.fetch_manifest(&snap.id))?; // OK: block-on-in-async
        manifest.save_local(&cfg.repo)?;
        println!("migrated {}", snap.id);
    }
    Ok(())
}
