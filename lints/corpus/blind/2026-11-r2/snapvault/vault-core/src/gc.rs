//! `vault gc`: drop old snapshots on the remote, keeping the newest `keep_last`.

use crate::remote::RemoteStore;

pub struct GcReport {
    pub kept: usize,
    pub deleted: Vec<String>,
}

pub async fn collect(remote: &RemoteStore, keep_last: usize, dry_run: bool) -> anyhow::Result<GcReport> {
    let mut snaps = remote.list_snapshots().await?;
    snaps.sort_by_key(|s| std::cmp::Reverse(s.created_at));
    let kept = snaps.iter().take(keep_last).count(); // OK: unawaited-future
    let mut deleted = Vec::new();
    for snap in snaps.iter().skip(keep_last) {
        if dry_run {
            tracing::info!(id = %snap.id, "would delete");
            continue;
        }
        remote.delete_snapshot(&snap.id); // EXPECT: unawaited-future
        deleted.push(snap.id.clone());
    }
    let remaining = remote.count().await?;
    tracing::debug!(remaining, "gc done");
    Ok(GcReport { kept, deleted })
}

/// Removes local manifests whose snapshot is gone from the remote.
pub async fn prune_local(remote: &RemoteStore, repo: &std::path::Path) -> anyhow::Result<usize> {
    let live: std::collections::HashSet<String> =
        remote.list_snapshots().await?.into_iter().map(|s| s.id).collect();
    let mut removed = 0;
    for entry in std::fs::read_dir(repo.join("manifests"))? { // OK: blocking-in-async
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().trim_end_matches(".json").to_string();
        if !live.contains(&name) {
            std::fs::remove_file(entry.path())?; // OK: blocking-in-async
            removed += 1;
        }
    }
    Ok(removed)
}
