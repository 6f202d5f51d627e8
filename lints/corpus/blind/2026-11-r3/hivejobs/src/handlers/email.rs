use std::time::Duration;

use super::{DynHandler, Handler};
use crate::queue::Job;

#[derive(Default, Clone)]
pub struct Email {
    sent: std::sync::Arc<std::sync::Mutex<u64>>,
}

impl Handler for Email {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let to = job.payload["to"].as_str().unwrap_or_default().to_string();
        let mut sent = self.sent.lock().unwrap(); // EXPECT: lock-across-await
        *sent += 1;
        smtp_send(&to).await?;
        Ok(())
    }

    async fn on_failure(&self, job: &Job) -> anyhow::Result<()> {
        let sent = *self.sent.lock().unwrap(); // OK: lock-across-await
        tracing::warn!(job = job.id, sent, "email failed");
        tokio::time::sleep(Duration::from_millis(10)).await;
        Ok(())
    }
}

#[async_trait::async_trait]
impl DynHandler for Email {
    async fn run_boxed(&self, job: &Job) -> anyhow::Result<()> {
        self.run(job).await
    }
}

async fn smtp_send(to: &str) -> anyhow::Result<()> {
    tracing::debug!(%to, "smtp");
    Ok(())
}

/// Used by the legacy cron binary that has no runtime of its own.
pub fn send_now(to: &str) -> anyhow::Result<()> {
    pollster::block_on(smtp_send(to)) // OK: block-on-in-async
}
