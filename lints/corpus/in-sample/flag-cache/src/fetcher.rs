use std::collections::HashMap;
use std::time::Duration;

use tokio::sync::{Mutex, RwLock};
use tokio::time::sleep;

use crate::flag::Flag;

const LATENCY: Duration = Duration::from_millis(15);

/// Client for the flag control plane. The "remote" side is an in-process
/// table so the service can run without the real endpoint.
pub struct FlagFetcher {
    endpoint: String,
    etag: Mutex<Option<u64>>,
    remote: RwLock<HashMap<String, Flag>>,
    pushed_overrides: Mutex<HashMap<String, bool>>,
}

impl FlagFetcher {
    pub fn new(endpoint: &str, seed: Vec<Flag>) -> Self {
        Self {
            endpoint: endpoint.to_owned(),
            etag: Mutex::new(None),
            remote: RwLock::new(seed.into_iter().map(|f| (f.key.clone(), f)).collect()),
            pushed_overrides: Mutex::new(HashMap::new()),
        }
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Returns `None` when nothing changed since the last call (HTTP 304).
    pub async fn fetch_all(&self) -> anyhow::Result<Option<Vec<Flag>>> {
        let mut etag = self.etag.lock().await; // OK: lock-across-await
        sleep(LATENCY).await;
        let remote = self.remote.read().await; // OK: lock-across-await
        let version = remote.values().map(|f| f.version).max().unwrap_or(0);
        if *etag == Some(version) {
            return Ok(None);
        }
        *etag = Some(version);
        Ok(Some(remote.values().cloned().collect()))
    }

    pub async fn fetch_one(&self, key: &str) -> anyhow::Result<Option<Flag>> {
        sleep(LATENCY).await;
        Ok(self.remote.read().await.get(key).cloned())
    }

    pub async fn remote_version(&self) -> anyhow::Result<u64> {
        sleep(LATENCY).await;
        Ok(self.remote.read().await.values().map(|f| f.version).max().unwrap_or(0))
    }

    pub async fn push_overrides(&self, overrides: &HashMap<String, bool>) -> anyhow::Result<()> {
        let mut pushed = self.pushed_overrides.lock().await; // OK: lock-across-await
        sleep(LATENCY).await;
        pushed.clone_from(overrides);
        Ok(())
    }

    pub async fn publish(&self, flag: Flag) {
        let mut remote = self.remote.write().await; // OK: lock-across-await
        sleep(LATENCY).await;
        remote.insert(flag.key.clone(), flag);
    }
}
