use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::Backend;

#[derive(Default)]
pub struct MemoryBackend {
    files: Mutex<HashMap<String, Vec<u8>>>,
}

#[async_trait]
impl Backend for MemoryBackend {
    async fn upload(&self, path: &str, body: &[u8]) -> anyhow::Result<()> {
        self.files.lock().unwrap().insert(path.to_string(), body.to_vec()); // OK: lock-across-await, unawaited-future
        Ok(())
    }

    async fn delete(&self, path: &str) -> anyhow::Result<()> {
        self.files.lock().unwrap().remove(path);
        Ok(())
    }

    async fn flush(&self) -> anyhow::Result<()> {
        tokio::task::yield_now().await;
        Ok(())
    }

    fn name(&self) -> &str {
        "memory"
    }
}

thread_local! {
    static RECENT: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

/// Records an upload in this thread's history, used by the local-set preview server.
pub async fn remember(backend: &MemoryBackend, path: String, log: &RefCell<Vec<String>>) -> anyhow::Result<()> {
    let mut entries = log.borrow_mut(); // EXPECT: lock-across-await
    entries.push(path.clone());
    backend.upload(&path, b"").await?;
    entries.truncate(100);
    RECENT.with(|r| r.borrow_mut().push(path)); // OK: lock-across-await
    Ok(())
}

pub async fn last_seen(backend: &MemoryBackend, log: &RefCell<Vec<String>>) -> Option<String> {
    let last = log.borrow().last().cloned(); // OK: lock-across-await
    backend.flush().await.ok()?;
    last
}
