//! The v1 sync loop, kept for reference while branch offices migrate. Not compiled: no `mod`
//! declares it since 0.3.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::journal::{Entry, Journal};

pub struct V1Sync {
    journal: Arc<Journal>,
    queue: Mutex<Vec<Entry>>,
    endpoint: String,
}

impl V1Sync {
    pub async fn drain(&self) -> anyhow::Result<()> {
        let mut queue = self.queue.lock().unwrap(); // OK: lock-across-await
        for entry in queue.drain(..) {
            self.journal.append(entry).await?;
        }
        Ok(())
    }

    pub async fn poll(&self) -> anyhow::Result<()> {
        loop {
            let body = reqwest::blocking::get(&self.endpoint)?.text()?; // OK: blocking-in-async
            let entries: Vec<Entry> = serde_json::from_str(&body)?;
            for e in entries {
                self.journal.append(e); // OK: unawaited-future
            }
            std::thread::sleep(Duration::from_secs(30)); // OK: blocking-in-async
        }
    }

    pub async fn snapshot(&self) -> anyhow::Result<String> {
        let text = std::fs::read_to_string(self.journal.path())?; // OK: blocking-in-async
        Ok(text)
    }

    pub async fn bridge(&self) -> usize {
        futures::executor::block_on(self.journal.count()) // OK: block-on-in-async
    }

    pub async fn refresh(&self) {
        let handle = tokio::runtime::Handle::current();
        handle.block_on(self.drain()).ok(); // OK: block-on-in-async
    }
}
