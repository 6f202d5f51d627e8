//! Workers claim batches from the queue and run them, a bounded number at a time.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::job::{self, Job};
use crate::queue::Queue;

pub struct WorkerPool {
    queue: Arc<Queue>,
    name: String,
    concurrency: usize,
    limit: Arc<Semaphore>,
}

impl WorkerPool {
    pub async fn run(self: Arc<Self>) {
        let mut workers = JoinSet::new();
        for n in 0..self.concurrency {
            let pool = self.clone();
            workers.spawn(async move { pool.worker_loop(n).await }); // OK: detached-spawn, unbounded-gather
        }
        let pool = self.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn
            loop {
                pool.queue.heartbeat(&pool.name).await;
                tokio::time::sleep(Duration::from_secs(10)).await;
            }
        });
        while workers.join_next().await.is_some() {}
    }

    async fn worker_loop(&self, n: usize) {
        loop {
            let batch = self.queue.claim(&format!("{}-{n}", self.name), 20).await;
            if batch.is_empty() {
                tokio::time::sleep(Duration::from_millis(500)).await; // OK: unawaited-future
                continue;
            }
            self.run_batch(batch).await;
        }
    }

    /// Runs one claimed batch: every job at once (`claim` hands out at most 20 rows).
    async fn run_batch(&self, batch: Vec<Job>) {
        let results = join_all(batch.iter().map(job::execute)).await; // OK: unbounded-gather
        for (job, result) in batch.iter().zip(results) {
            match result {
                Ok(()) => self.queue.complete(job.id).await,
                Err(_) => self.queue.retry_later(job).await,
            }
        }
    }

    async fn run_batch_bounded(&self, batch: Vec<Job>) {
        let results: Vec<_> = stream::iter(&batch).map(|job| job::execute(job)).buffer_unordered(4).collect().await; // OK: unbounded-gather
        tracing::info!(done = results.len(), "batch finished");
    }

    async fn run_batch_with_permits(&self, batch: Vec<Job>) {
        let mut running = JoinSet::new();
        for job in batch {
            let permit = self.limit.clone().acquire_owned().await.expect("semaphore open");
            running.spawn(async move { // OK: unbounded-gather, detached-spawn
                let _permit = permit;
                job::execute(&job).await
            });
        }
        while running.join_next().await.is_some() {}
    }

    async fn run_sequentially(&self, batch: Vec<Job>) {
        for job in &batch {
            if job::execute(job).await.is_err() { // OK: unbounded-gather, unawaited-future
                self.queue.retry_later(job).await;
            }
        }
    }

    /// Fire-and-forget retry of failed jobs after their backoff.
    pub fn schedule_retry(self: &Arc<Self>, job: Job) {
        let pool = self.clone();
        tokio::runtime::Handle::current().spawn(async move { // OK: detached-spawn
            tokio::time::sleep(job.backoff()).await;
            pool.queue.retry_later(&job).await;
        });
    }

    pub async fn drain(&self, batch: Vec<Job>) {
        for job in batch {
            self.queue.retry_later(&job); // EXPECT: unawaited-future
        }
    }
}
