//! `vault gc`.

use vault_core::{Config, RemoteStore};

use crate::output;

pub async fn run(cfg: &Config, remote: &RemoteStore, dry_run: bool) -> anyhow::Result<()> {
    let report = vault_core::gc::collect(remote, cfg.keep_last, dry_run).await?;
    if !dry_run {
        let pruned = vault_core::gc::prune_local(remote, &cfg.repo).await?;
        output::line(&format!("pruned {pruned} local manifests"));
    }
    output::line(&format!("kept {}, deleted {}", report.kept, report.deleted.len()));
    Ok(())
}
