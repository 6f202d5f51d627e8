//! The scheduler: a builder collects jobs, `run` drives their triggers until the token is cancelled.
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{error, info, warn};

use crate::jobs::{self, JobFn};
use crate::time::{self, sleep};

pub struct Entry {
    name: String,
    every: Duration,
    run: JobFn,
}

#[derive(Default)]
pub struct SchedulerBuilder {
    entries: Vec<Entry>,
    max_parallel: Option<usize>,
    on_error: Option<Box<dyn Fn(&str, &anyhow::Error) + Send + Sync>>,
}

impl SchedulerBuilder {
    pub fn every(mut self, name: &str, every: Duration, run: JobFn) -> Self {
        self.entries.push(Entry { name: name.to_owned(), every, run });
        self
    }

    pub fn max_parallel(mut self, n: usize) -> Self {
        self.max_parallel = Some(n);
        self
    }

    pub fn on_error(mut self, f: impl Fn(&str, &anyhow::Error) + Send + Sync + 'static) -> Self {
        self.on_error = Some(Box::new(f));
        self
    }

    pub fn build(self) -> Scheduler {
        Scheduler {
            entries: self.entries.into_iter().map(Arc::new).collect(),
            limit: Arc::new(Semaphore::new(self.max_parallel.unwrap_or(4))),
            tracker: TaskTracker::new(),
            token: CancellationToken::new(),
            on_error: self.on_error.map(Arc::from),
        }
    }
}

pub struct Scheduler {
    entries: Vec<Arc<Entry>>,
    limit: Arc<Semaphore>,
    tracker: TaskTracker,
    token: CancellationToken,
    on_error: Option<Arc<dyn Fn(&str, &anyhow::Error) + Send + Sync>>,
}

impl Scheduler {
    pub fn builder() -> SchedulerBuilder {
        SchedulerBuilder::default()
            .every("vacuum", Duration::from_secs(3600), jobs::boxed(jobs::vacuum))
            .every("heartbeat", Duration::from_secs(30), jobs::boxed(jobs::heartbeat))
    }

    pub async fn run(&self) {
        for entry in &self.entries {
            let entry = Arc::clone(entry);
            let token = self.token.clone();
            let limit = Arc::clone(&self.limit);
            let on_error = self.on_error.clone();
            self.tracker.spawn(async move { // OK: detached-spawn // OK: unbounded-gather
                loop {
                    tokio::select! {
                        _ = token.cancelled() => break,
                        _ = sleep(entry.every) => {}
                    }
                    let _permit = limit.acquire().await.expect("semaphore closed");
                    if let Err(e) = (entry.run)().await {
                        if let Some(cb) = &on_error {
                            cb(&entry.name, &e);
                        }
                        error!(job = %entry.name, ?e, "job failed");
                    }
                }
            });
        }
        self.tracker.close();
        self.tracker.wait().await;
    }

    pub async fn run_once_all(&self) -> usize {
        let mut failed = 0;
        let mut running = Vec::new();
        for entry in &self.entries {
            let entry = Arc::clone(entry);
            let permit = Arc::clone(&self.limit).acquire_owned().await.unwrap();
            running.push(tokio::spawn(async move { // OK: detached-spawn // OK: unbounded-gather
                let res = (entry.run)().await;
                drop(permit);
                res
            }));
        }
        for r in running {
            if !matches!(r.await, Ok(Ok(()))) {
                failed += 1;
            }
        }
        failed
    }

    pub async fn trigger_all_now(&self) {
        let runs = self.entries.iter().map(|e| (e.run)());
        let results = futures::future::join_all(runs).await; // OK: unbounded-gather
        for r in results.into_iter().filter_map(Result::err) {
            warn!(?r, "manual trigger failed");
        }
    }

    /// Runs the named jobs now: at most one task per configured job, whatever the map holds.
    pub async fn trigger_named(&self, names: BTreeMap<String, bool>) {
        for (name, enabled) in names {
            if !enabled {
                continue;
            }
            if let Some(entry) = self.entries.iter().find(|e| e.name == name).cloned() {
                tokio::spawn(async move { // OK: unbounded-gather, detached-spawn
                    let _ = (entry.run)().await;
                });
            }
        }
    }

    pub async fn shutdown(&self, grace: Duration) {
        info!("shutting down scheduler");
        self.token.cancel();
        let waited = tokio::time::timeout(grace, self.tracker.wait()).await; // OK: unawaited-future
        if waited.is_err() {
            warn!("jobs did not finish within grace period");
        }
    }

    pub async fn wait_a_bit(&self) {
        let nap = time::sleep(Duration::from_millis(10)); // EXPECT: unawaited-future
        info!("waited");
    }

    pub async fn nap_then(&self) {
        let nap = time::sleep(Duration::from_millis(10)); // OK: unawaited-future
        tokio::pin!(nap);
        tokio::select! {
            _ = &mut nap => info!("slept"),
            _ = self.token.cancelled() => info!("cancelled"),
        }
    }
}
