//! Job handlers by kind, and the registry that picks one.

mod report;
mod shell;
mod webhook;

use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::config::Config;
use crate::job::Job;

/// What a job kind does. Implementations are plain structs registered at startup.
pub trait Handler: Send + Sync {
    async fn handle(&self, job: &Job) -> anyhow::Result<()>;
    async fn cleanup(&self, job: &Job);
    fn kind(&self) -> &'static str;
}

pub struct Registry {
    shell: shell::ShellHandler,
    webhook: webhook::WebhookHandler,
    report: report::ReportHandler,
    retry_tx: Mutex<Option<mpsc::Sender<(Job, Duration)>>>,
}

impl Registry {
    pub fn from_config(cfg: &Config) -> Registry {
        Registry {
            shell: shell::ShellHandler::new(cfg.scratch_dir.clone()),
            webhook: webhook::WebhookHandler::new(cfg.webhook_url.clone()),
            report: report::ReportHandler::new(cfg.scratch_dir.clone()),
            retry_tx: Mutex::new(None),
        }
    }

    pub fn set_retry_sender(&self, tx: mpsc::Sender<(Job, Duration)>) {
        *self.retry_tx.lock().unwrap() = Some(tx);
    }

    pub async fn run(&self, job: &Job) -> anyhow::Result<()> {
        match job.kind.as_str() {
            "shell" => execute(&self.shell, job).await,
            "webhook" => execute(&self.webhook, job).await,
            "report" => execute(&self.report, job).await,
            other => anyhow::bail!("no handler for job kind {other}"),
        }
    }

    /// Queues a retry; called from the worker, which must not wait for the retry queue.
    pub fn schedule_retry(&self, job: Job, delay: Duration) {
        let guard = self.retry_tx.lock().unwrap(); // OK: lock-across-await
        if let Some(tx) = guard.as_ref() {
            if tx.blocking_send((job, delay)).is_err() { // OK: block-on-in-async
                tracing::warn!("retry queue closed");
            }
        }
    }

    /// The same, without blocking: the retry is dropped if the queue is full.
    pub fn try_schedule_retry(&self, job: Job, delay: Duration) {
        if let Some(tx) = self.retry_tx.lock().unwrap().as_ref() {
            let _ = tx.try_send((job, delay)); // OK: unawaited-future
        }
    }
}

/// Runs a handler with a time limit and its cleanup afterwards.
pub async fn execute<H: Handler>(handler: &H, job: &Job) -> anyhow::Result<()> {
    tracing::debug!(kind = handler.kind(), id = %job.id, "running");
    let outcome = tokio::time::timeout(Duration::from_secs(300), handler.handle(job)).await; // OK: unawaited-future
    handler.cleanup(job); // EXPECT: unawaited-future
    match outcome {
        Ok(result) => result,
        Err(_) => anyhow::bail!("job {} timed out", job.id),
    }
}

/// Runs the handler's cleanup only, for jobs cancelled before they started.
pub async fn cancel<H: Handler>(handler: &H, job: &Job) {
    let _ = handler.cleanup(job); // EXPECT: unawaited-future
    tracing::info!(id = %job.id, "cancelled");
}
