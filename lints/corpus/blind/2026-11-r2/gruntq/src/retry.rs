//! Delayed retries: failed jobs come back to `ready` after their backoff.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::job::Job;
use crate::queue::Queue;

pub async fn requeue_loop(queue: Arc<Queue>, mut rx: mpsc::Receiver<(Job, Duration)>) -> anyhow::Result<()> {
    while let Some((job, delay)) = rx.recv().await {
        let queue = queue.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            tokio::time::sleep(delay).await;
            if let Err(e) = queue.requeue(job.id).await {
                tracing::error!(id = %job.id, "requeue failed: {e:#}");
            }
        });
    }
    Ok(())
}

/// Waits out a backoff before the caller retries inline.
pub async fn backoff(attempt: u32) {
    let delay = Duration::from_millis(100 * 2u64.pow(attempt.min(8)));
    tracing::debug!(?delay, "backing off");
    tokio::time::sleep(delay); // EXPECT: unawaited-future
}

pub async fn backoff_ok(attempt: u32) {
    let delay = Duration::from_millis(100 * 2u64.pow(attempt.min(8)));
    tokio::time::sleep(delay).await; // OK: unawaited-future
}
