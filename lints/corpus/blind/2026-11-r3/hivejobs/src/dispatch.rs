use std::sync::Arc;

use tokio::sync::{Mutex, mpsc};
use tokio_util::sync::CancellationToken;

use crate::handlers::{self, Handler};
use crate::queue::{Job, Queue};

/// One worker of the fixed pool: takes the next job and runs it to the end.
pub async fn worker(id: usize, rx: Arc<Mutex<mpsc::Receiver<Job>>>, queue: Arc<Queue>, shutdown: CancellationToken) {
    loop {
        let job = {
            let mut rx = rx.lock().await; // OK: lock-across-await
            tokio::select! {
                _ = shutdown.cancelled() => return,
                job = rx.recv() => match job { Some(job) => job, None => return },
            }
        };
        tracing::debug!(worker = id, job = job.id, "running");
        let result = match job.kind.as_str() {
            "email" => execute(&handlers::email::Email::default(), &job).await,
            "thumbnail" => execute(&handlers::thumbnail::Thumbnail::default(), &job).await,
            other => Err(anyhow::anyhow!("unknown job kind {other}")),
        };
        let acked = match result {
            Ok(()) => queue.ack(job.id).await,
            Err(err) => {
                tracing::warn!(job = job.id, %err, "job failed");
                queue.nack(job.id).await
            }
        };
        if let Err(err) = acked {
            tracing::error!(%err, "could not record job outcome");
        }
    }
}

pub async fn execute<H: Handler>(handler: &H, job: &Job) -> anyhow::Result<()> {
    handler.before(job); // EXPECT: unawaited-future
    let outcome = handler.run(job).await;
    if outcome.is_err() {
        handler.on_failure(job); // EXPECT: unawaited-future
    }
    handler.describe(job); // OK: unawaited-future
    outcome
}

/// Jobs fanned out from one "batch" job: one sub-job per item of its payload.
pub async fn execute_batch<H: Handler + Clone + 'static>(handler: H, job: Job) -> anyhow::Result<()> {
    let items: Vec<serde_json::Value> = serde_json::from_value(job.payload.clone())?;
    let mut handles = Vec::new();
    for item in items {
        let handler = handler.clone();
        let sub = Job { payload: item, ..job.clone() };
        handles.push(tokio::spawn(async move { handler.run(&sub).await })); // EXPECT: unbounded-gather
    }
    for handle in handles {
        handle.await??;
    }
    Ok(())
}

/// Retries the whole job once from a channel of failed ids, one task per id.
pub async fn retry_failed(mut failed: mpsc::Receiver<i64>, queue: Arc<Queue>) {
    while let Some(id) = failed.recv().await {
        let queue = queue.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if let Err(err) = queue.nack(id).await {
                tracing::warn!(id, %err, "retry failed");
            }
        });
    }
}

/// The same drained channel, where each task is awaited before the next id is taken.
pub async fn retry_failed_serially(mut failed: mpsc::Receiver<i64>, queue: Arc<Queue>) -> anyhow::Result<()> {
    while let Some(id) = failed.recv().await {
        let queue = queue.clone();
        tokio::spawn(async move { queue.nack(id).await }).await??; // OK: unbounded-gather, detached-spawn, untracked-spawn
    }
    Ok(())
}

pub fn dyn_handler(kind: &str) -> Option<Box<dyn handlers::DynHandler>> {
    match kind {
        "email" => Some(Box::new(handlers::email::Email::default())),
        _ => None,
    }
}

pub async fn run_dynamic(handler: Box<dyn handlers::DynHandler>, job: Job, log: mpsc::UnboundedSender<String>) {
    handler.run_boxed(&job); // EXPECT: unawaited-future
    log.send(format!("job {} dispatched", job.id)).ok(); // OK: unawaited-future
}
