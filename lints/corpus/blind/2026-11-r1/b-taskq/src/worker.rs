//! The worker pool: a fixed number of tasks, each claiming one job at a time, running it, and
//! recording the outcome.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::mpsc as std_mpsc;
use std::time::{Duration, Instant};

use futures::executor::block_on;
use tokio::runtime::{Handle, Runtime};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinSet;
use tracing::{error, info, warn};

use crate::bridge::{Bridge, DepGraph};
use crate::jobs;
use crate::metrics::{Metrics, Outcome};
use crate::queue::{Job, Queue};
use crate::registry::{HandlerKind, Registry};

pub struct Worker {
    name: String,
    queue: Queue,
    registry: Arc<Registry>,
    bridge: Arc<Bridge>,
    metrics: Arc<Metrics>,
    stats_tx: std_mpsc::Sender<Outcome>,
    payload_requests: mpsc::Sender<(i64, oneshot::Sender<serde_json::Value>)>,
}

pub async fn run(workers: usize, bridge: Arc<Bridge>) -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL")?;
    let queue = Queue::connect(&url).await?;
    let registry = Registry::new();
    registry.register_builtin(&["email", "thumbnail", "webhook"]).await;
    let (metrics, stats_tx) = Metrics::start();
    let (payload_requests, payload_rx) = mpsc::channel(32);
    let answering = tokio::spawn(jobs::answer_payload_requests(queue.clone(), payload_rx));

    let mut set = JoinSet::new();
    for i in 0..workers {
        let w = Worker {
            name: format!("worker-{i}"),
            queue: queue.clone(),
            registry: registry.clone(),
            bridge: bridge.clone(),
            metrics: metrics.clone(),
            stats_tx: stats_tx.clone(),
            payload_requests: payload_requests.clone(),
        };
        set.spawn(async move { w.run_forever().await });
    }
    tokio::signal::ctrl_c().await?;
    set.shutdown().await;
    answering.abort();
    info!("workers stopped");
    Ok(())
}

impl Worker {
    async fn run_forever(self) {
        let heartbeat = async |job_id: i64| {
            tracing::debug!(job_id, "heartbeat");
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        loop {
            let job = match self.queue.claim(&self.name).await {
                Ok(Some(job)) => job,
                Ok(None) => {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    continue;
                }
                Err(e) => {
                    error!(error = %e, "claim failed");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    continue;
                }
            };
            heartbeat(job.id); // EXPECT: unawaited-future
            let started = Instant::now();
            let result = self.execute(&job).await;
            heartbeat(job.id).await; // OK: unawaited-future
            let outcome = Outcome { kind: job.kind.clone(), ok: result.is_ok(), millis: started.elapsed().as_millis() as u64 };
            let _ = self.stats_tx.send(outcome); // OK: unawaited-future
            match result {
                Ok(()) => {
                    self.queue.remove(job.id); // EXPECT: unawaited-future
                }
                Err(e) if job.attempts < 5 => {
                    warn!(job = job.id, error = %e, "job failed, retrying");
                    let _ = self.queue.retry_later(&job, Duration::from_secs(30 << job.attempts)); // EXPECT: unawaited-future
                }
                Err(e) => {
                    error!(job = job.id, error = %e, "job failed for good");
                    self.queue.remove(job.id).await.ok(); // OK: unawaited-future
                }
            }
        }
    }

    async fn execute(&self, job: &Job) -> anyhow::Result<()> {
        match self.registry.lookup(&job.kind).await {
            Some(HandlerKind::Async) => jobs::run_builtin(&self.queue, job).await,
            Some(HandlerKind::LegacySync { plugin }) => {
                let out = self.bridge.run_legacy(&plugin, job)?; // EXPECT: block-on-in-async // OK: blocking-in-async
                self.metrics.record_output(&job.kind, out.len());
                Ok(())
            }
            None => anyhow::bail!("no handler for {}", job.kind),
        }
    }

    /// The fixed path: legacy handlers run on the blocking pool.
    async fn execute_offloaded(&self, job: Job, plugin: String) -> anyhow::Result<Vec<u8>> {
        let bridge = self.bridge.clone();
        tokio::task::spawn_blocking(move || bridge.run_legacy(&plugin, &job)).await? // OK: block-on-in-async
    }

    async fn refresh_payload(&self, job: &Job) -> Option<serde_json::Value> {
        self.bridge.current_payload(&self.payload_requests, job.id) // EXPECT: block-on-in-async
    }

    async fn refresh_payload_in_place(&self, job: &Job) -> Option<serde_json::Value> {
        tokio::task::block_in_place(|| self.bridge.current_payload(&self.payload_requests, job.id)) // OK: block-on-in-async
    }

    async fn ask_payload(&self, id: i64) -> Option<serde_json::Value> {
        let (tx, rx) = oneshot::channel();
        self.payload_requests.blocking_send((id, tx)).ok()?; // EXPECT: block-on-in-async
        rx.await.ok()
    }

    async fn ask_payload_sync_reply(&self, id: i64) -> Option<serde_json::Value> {
        let (tx, rx) = oneshot::channel();
        self.payload_requests.send((id, tx)).await.ok()?; // OK: block-on-in-async, unawaited-future
        rx.blocking_recv().ok() // EXPECT: block-on-in-async
    }

    pub async fn queue_depth_now(&self) -> i64 {
        Handle::current().block_on(self.queue.count()).unwrap_or(-1) // EXPECT: block-on-in-async // OK: blocking-in-async
    }

    pub async fn queue_depth(&self) -> i64 {
        let pending = self.queue.count(); // EXPECT: unawaited-future
        self.metrics.depth_hint()
    }

    pub async fn isolated_cleanup(&self, kind: &str) -> anyhow::Result<u64> {
        let rt = Runtime::new()?;
        let removed = rt.block_on(self.queue.clear(kind))?; // EXPECT: block-on-in-async
        Ok(removed)
    }

    pub async fn wait_all(&self, ids: &[i64]) -> anyhow::Result<()> {
        let mut done: HashSet<i64> = HashSet::new();
        let mut finished = Vec::new();
        let mut deps = DepGraph::default();
        for pair in ids.windows(2) {
            deps.block_on(pair[1], pair[0]); // OK: block-on-in-async
        }
        for id in ids {
            let ready = block_on(self.queue.claim(&format!("{}-wait-{id}", self.name)))?; // EXPECT: block-on-in-async // OK: blocking-in-async
            if ready.is_some() {
                done.insert(*id);
                finished.push(*id); // OK: unawaited-future
                finished.extend(deps.release(*id));
            }
        }
        done.remove(&0); // OK: unawaited-future
        let waiting = ids.iter().filter(|id| !done.contains(id)).count(); // OK: unawaited-future
        finished.clear(); // OK: unawaited-future
        info!(waiting, "dependency wait finished");
        Ok(())
    }
}
