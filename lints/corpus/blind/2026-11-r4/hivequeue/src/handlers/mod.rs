//! Job kinds. Each implements `Handler`; the worker picks one by the job's `kind`.

pub mod thumbnail;
pub mod webhook;

use crate::Job;

pub trait Handler: Send + Sync {
    async fn handle(&self, job: &Job) -> anyhow::Result<()>;
    async fn on_failure(&self, job: &Job, error: &anyhow::Error);
    fn kind(&self) -> &'static str;
}

/// Run one job through its handler, reporting a failure to the handler too.
pub async fn execute<H: Handler>(handler: &H, job: &Job) -> bool {
    match handler.handle(job).await { // OK: unawaited-future
        Ok(()) => true,
        Err(error) => {
            handler.on_failure(job, &error); // EXPECT: unawaited-future
            tracing::warn!(kind = handler.kind(), id = job.id, "job failed: {error}"); // OK: unawaited-future
            false
        }
    }
}
