//! One sync round against a backend: pull what changed remotely, push what changed here.

use crate::backend::Backend;
use crate::entry::Entry;

pub async fn pull_into(backend: &dyn Backend, since: u64) -> anyhow::Result<Vec<Entry>> {
    let fresh = backend.pull(since).await?;
    tracing::debug!(count = fresh.len(), backend = backend.name(), "pulled");
    Ok(fresh)
}

pub async fn push_all(backend: &dyn Backend, entries: &[Entry]) -> anyhow::Result<()> {
    for batch in entries.chunks(100) {
        backend.push(batch).await?;
    }
    Ok(())
}
