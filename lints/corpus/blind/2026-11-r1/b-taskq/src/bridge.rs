//! The bridge for legacy handlers: plugins written against the old sync `Handler` trait get
//! their inputs through sync calls that re-enter the runtime.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, oneshot};

use crate::queue::Job;

pub trait LegacyHandler: Send + Sync {
    fn run(&self, job: &Job, inputs: &[u8]) -> anyhow::Result<Vec<u8>>;
}

/// Jobs waiting for other jobs; `block_on` records that `job` cannot start before `dep` is done.
#[derive(Default)]
pub struct DepGraph {
    waiting_on: HashMap<i64, HashSet<i64>>,
}

impl DepGraph {
    pub fn block_on(&mut self, job: i64, dep: i64) {
        self.waiting_on.entry(job).or_default().insert(dep);
    }

    pub fn release(&mut self, done: i64) -> Vec<i64> {
        let mut ready = Vec::new();
        for (job, deps) in self.waiting_on.iter_mut() {
            if deps.remove(&done) && deps.is_empty() {
                ready.push(*job);
            }
        }
        self.waiting_on.retain(|_, deps| !deps.is_empty());
        ready
    }
}

pub struct Bridge {
    handle: Handle,
    plugins: HashMap<String, Arc<dyn LegacyHandler>>,
    blob_store: String,
}

impl Bridge {
    pub fn new(handle: Handle) -> Bridge {
        Bridge { handle, plugins: HashMap::new(), blob_store: std::env::var("TASKQ_BLOBS").unwrap_or_default() }
    }

    async fn fetch_inputs(&self, job: &Job) -> anyhow::Result<Vec<u8>> {
        let key = job.payload["input"].as_str().unwrap_or_default();
        Ok(tokio::fs::read(format!("{}/{key}", self.blob_store)).await?)
    }

    /// Sync view of `fetch_inputs` for legacy handlers.
    fn inputs_blocking(&self, job: &Job) -> anyhow::Result<Vec<u8>> {
        self.handle.block_on(self.fetch_inputs(job)) // OK: block-on-in-async
    }

    /// Runs a legacy plugin; must be called off the runtime.
    pub fn run_legacy(&self, plugin: &str, job: &Job) -> anyhow::Result<Vec<u8>> {
        let handler = self.plugins.get(plugin).ok_or_else(|| anyhow::anyhow!("no plugin {plugin}"))?;
        let inputs = self.inputs_blocking(job)?; // OK: block-on-in-async
        handler.run(job, &inputs)
    }

    /// Asks the owning task for a job's current payload; sync callers only.
    pub fn current_payload(&self, ask: &mpsc::Sender<(i64, oneshot::Sender<serde_json::Value>)>, id: i64) -> Option<serde_json::Value> {
        let (tx, rx) = oneshot::channel();
        ask.blocking_send((id, tx)).ok()?; // OK: block-on-in-async
        rx.blocking_recv().ok() // OK: block-on-in-async
    }

    pub fn plugin_names(&self) -> Vec<String> {
        self.plugins.keys().cloned().collect()
    }
}
