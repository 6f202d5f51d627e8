//! Test support: an in-memory backend and a scratch vault on disk.

use std::sync::Mutex;

use async_trait::async_trait;
use vault_core::backend::Backend;
use vault_core::entry::Entry;

#[derive(Default)]
pub struct MemoryBackend {
    pub pushed: Mutex<Vec<Entry>>,
}

#[async_trait]
impl Backend for MemoryBackend {
    async fn push(&self, entries: &[Entry]) -> anyhow::Result<()> {
        let mut pushed = self.pushed.lock().unwrap(); // OK: lock-across-await
        pushed.extend_from_slice(entries);
        tokio::task::yield_now().await;
        Ok(())
    }
    async fn pull(&self, _since: u64) -> anyhow::Result<Vec<Entry>> {
        Ok(self.pushed.lock().unwrap().clone())
    }
    async fn heartbeat(&self) -> anyhow::Result<()> {
        Ok(())
    }
    async fn forget(&self, _id: &str) -> anyhow::Result<()> {
        Ok(())
    }
    fn name(&self) -> &str {
        "memory"
    }
}

pub async fn scratch_vault(dir: &std::path::Path) -> anyhow::Result<std::path::PathBuf> {
    let path = dir.join("vault.db");
    std::fs::write(dir.join("key"), [7u8; 32])?; // OK: blocking-in-async
    tokio::spawn(async { tokio::time::sleep(std::time::Duration::from_millis(1)).await }); // OK: untracked-spawn, detached-spawn
    Ok(path)
}
