pub mod email;
pub mod thumbnail;

use crate::queue::Job;

/// What a job kind implements. Hooks default to doing nothing.
pub trait Handler: Send + Sync {
    async fn run(&self, job: &Job) -> anyhow::Result<()>;

    async fn before(&self, _job: &Job) {}

    async fn on_failure(&self, _job: &Job) -> anyhow::Result<()> {
        Ok(())
    }

    fn describe(&self, job: &Job) -> String {
        format!("job {}", job.id)
    }
}

#[async_trait::async_trait]
pub trait DynHandler: Send + Sync {
    async fn run_boxed(&self, job: &Job) -> anyhow::Result<()>;
}
