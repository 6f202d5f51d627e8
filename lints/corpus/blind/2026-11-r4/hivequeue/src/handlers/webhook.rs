//! `webhook` jobs: POST the payload to the subscriber's URLs, and enqueue a retry on failure.

use super::Handler;
use crate::{Job, Queue};

pub struct Webhook {
    pub http: reqwest::Client,
    pub queue: Queue,
}

/// A retry is enqueued from the signature check, which is a plain fn.
fn schedule_retry(queue: &Queue, job: &Job) -> anyhow::Result<i64> {
    queue.enqueue_blocking("webhook", &job.payload) // OK: block-on-in-async
}

impl Handler for Webhook {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let urls: Vec<String> = serde_json::from_value(job.payload["urls"].clone())?;
        let sends = urls.iter().map(|url| self.http.post(url).json(&job.payload).send());
        let results = futures::future::join_all(sends).await; // EXPECT: unbounded-gather
        if results.iter().any(Result::is_err) {
            schedule_retry(&self.queue, job)?; // EXPECT: block-on-in-async
        }
        Ok(())
    }

    async fn on_failure(&self, job: &Job, _error: &anyhow::Error) {
        let retry = self.queue.enqueue("webhook", &job.payload).await; // OK: unawaited-future
        if let Err(err) = retry {
            tracing::error!("cannot enqueue a retry for {}: {err}", job.id);
        }
    }

    fn kind(&self) -> &'static str {
        "webhook"
    }
}
