//! `webhook` jobs: POST the payload to the configured URL.

use std::time::Duration;

use super::Handler;
use crate::job::Job;

pub struct WebhookHandler {
    url: Option<String>,
    http: reqwest::Client,
}

impl WebhookHandler {
    pub fn new(url: Option<String>) -> Self {
        WebhookHandler {
            url,
            http: reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("tls backend"),
        }
    }

    /// Validates the target before the job is accepted (called by the enqueue API's sync
    /// validator).
    pub fn probe_blocking(&self) -> bool {
        let Some(url) = &self.url else { return false };
        pollster::block_on(self.http.head(url).send()).is_ok() // OK: block-on-in-async
    }
}

impl Handler for WebhookHandler {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let url = self.url.as_deref().ok_or_else(|| anyhow::anyhow!("no webhook url configured"))?;
        if !self.probe_blocking() { // EXPECT: block-on-in-async
            anyhow::bail!("webhook target {url} is down");
        }
        self.http.post(url).json(&job.payload).send().await?.error_for_status()?;
        Ok(())
    }

    async fn cleanup(&self, _job: &Job) {}

    fn kind(&self) -> &'static str {
        "webhook"
    }
}
