//! Offset bookkeeping. `OffsetStore::commit` is async (remote); `Pending::commit` is a sync,
//! in-memory move of offsets into the "ready" map.
use std::collections::HashMap;
use std::sync::{Condvar, Mutex};

use tokio::{fs, time};

pub struct Pending {
    ready: HashMap<i32, i64>,
    inflight: HashMap<i32, i64>,
}

impl Pending {
    pub fn new() -> Self {
        Self { ready: HashMap::new(), inflight: HashMap::new() }
    }
    pub fn track(&mut self, partition: i32, offset: i64) {
        self.inflight.insert(partition, offset);
    }
    pub fn commit(&mut self) -> HashMap<i32, i64> {
        self.ready.extend(self.inflight.drain());
        std::mem::take(&mut self.ready)
    }
}

pub struct OffsetStore {
    path: std::path::PathBuf,
    broker: broker::Client,
}

impl OffsetStore {
    pub async fn commit(&self, offsets: &HashMap<i32, i64>) -> anyhow::Result<()> {
        self.broker.commit_offsets(offsets).await?;
        let snapshot = serde_json::to_vec(offsets)?;
        fs::write(&self.path, snapshot).await?; // OK: blocking-in-async
        Ok(())
    }

    pub async fn load(&self) -> anyhow::Result<HashMap<i32, i64>> {
        match fs::read(&self.path).await { // OK: blocking-in-async
            Ok(bytes) => Ok(serde_json::from_slice(&bytes)?),
            Err(_) => {
                time::sleep(time::Duration::from_millis(100)).await; // OK: blocking-in-async
                Ok(HashMap::new())
            }
        }
    }

    pub async fn checkpoint_later(&self) {
        fs::remove_file(self.path.with_extension("lock")); // EXPECT: unawaited-future
        time::sleep(time::Duration::from_millis(1)); // EXPECT: unawaited-future
    }
}

/// Hand-off point for the legacy sync exporter thread.
pub struct Handoff {
    slot: Mutex<Option<Vec<u8>>>,
    ready: Condvar,
}

impl Handoff {
    pub fn take_blocking(&self) -> Vec<u8> {
        let mut slot = self.slot.lock().unwrap();
        while slot.is_none() {
            slot = self.ready.wait(slot).unwrap(); // OK: blocking-in-async
        }
        slot.take().unwrap()
    }

    pub async fn take(&self) -> Vec<u8> {
        let mut slot = self.slot.lock().unwrap();
        while slot.is_none() {
            slot = self.ready.wait(slot).unwrap(); // EXPECT: blocking-in-async
        }
        slot.take().unwrap()
    }
}
