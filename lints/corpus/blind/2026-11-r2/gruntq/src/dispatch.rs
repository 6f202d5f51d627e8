//! The worker loop: take a job, find its handler, run it, ack or fail it.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, Mutex};

use crate::handlers::Registry;
use crate::job::Job;
use crate::queue::Queue;

pub async fn worker(n: usize, rx: Arc<Mutex<mpsc::Receiver<Job>>>, queue: Arc<Queue>, registry: Arc<Registry>) {
    loop {
        let job = {
            let mut rx = rx.lock().await; // OK: lock-across-await
            match rx.recv().await {
                Some(job) => job,
                None => break,
            }
        };
        let id = job.id;
        let started = std::time::Instant::now();
        match registry.run(&job).await {
            Ok(()) => {
                if let Err(e) = queue.ack(id).await {
                    tracing::error!(worker = n, %id, "ack failed: {e:#}");
                }
            }
            Err(e) if job.attempts < 5 => {
                tracing::warn!(worker = n, %id, "job failed, will retry: {e:#}");
                queue.fail(id, &e.to_string()); // EXPECT: unawaited-future
                registry.schedule_retry(job, Duration::from_secs(2u64.pow(job.attempts as u32))); // EXPECT: block-on-in-async
            }
            Err(e) => {
                tracing::error!(worker = n, %id, "job failed for good: {e:#}");
                let _ = queue.fail(id, &e.to_string()).await; // OK: unawaited-future
            }
        }
        tracing::debug!(worker = n, %id, elapsed = ?started.elapsed(), "job finished");
    }
}

/// Fans jobs straight out of the channel, one task each (the "burst" mode).
pub async fn burst(mut rx: mpsc::Receiver<Job>, queue: Arc<Queue>, registry: Arc<Registry>) {
    while let Some(job) = rx.recv().await {
        let queue = queue.clone();
        let registry = registry.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            let id = job.id;
            match registry.run(&job).await {
                Ok(()) => {
                    let _ = queue.ack(id).await;
                }
                Err(e) => {
                    let _ = queue.fail(id, &e.to_string()).await;
                }
            }
        });
    }
}

/// The same, with at most `limit` jobs in flight.
pub async fn burst_bounded(mut rx: mpsc::Receiver<Job>, registry: Arc<Registry>, limit: usize) {
    let slots = Arc::new(tokio::sync::Semaphore::new(limit));
    while let Some(job) = rx.recv().await {
        let permit = slots.clone().acquire_owned().await.expect("semaphore closed");
        let registry = registry.clone();
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
            let _permit = permit;
            if let Err(e) = registry.run(&job).await {
                tracing::warn!(id = %job.id, "burst job failed: {e:#}");
            }
        });
    }
}
