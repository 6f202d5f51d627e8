//! The repository lock: one writer process per cache directory, held for a whole command.

use std::fs::{File, OpenOptions};
use std::path::Path;

use anyhow::anyhow;

/// Keeps the locked handle alive; the OS lock goes with the handle when this is dropped.
pub struct RepoLock {
    _file: File,
}

impl RepoLock {
    pub async fn acquire(root: &Path) -> anyhow::Result<RepoLock> {
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(root.join("LOCK"))?; // OK: blocking-in-async
        file.try_lock().map_err(|_| anyhow!("another yard process holds {}", root.display()))?; // OK: blocking-in-async
        Ok(RepoLock { _file: file })
    }

    /// Leave a marker so `yard doctor` knows the repository was initialized by this version.
    pub async fn mark_initialized(root: &Path) -> anyhow::Result<()> {
        File::create(root.join(".yard-v3"))?; // OK: blocking-in-async
        Ok(())
    }
}
