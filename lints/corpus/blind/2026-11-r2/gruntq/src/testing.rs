//! Test support: an in-memory stand-in for the jobs table.

use std::sync::Mutex;

use crate::job::Job;

#[derive(Default)]
pub struct FakeQueue {
    pub jobs: Mutex<Vec<Job>>,
}

impl FakeQueue {
    pub async fn claim_one(&self) -> Option<Job> {
        let mut jobs = self.jobs.lock().unwrap(); // OK: lock-across-await
        tokio::task::yield_now().await;
        jobs.pop()
    }

    pub async fn push_all(&self, batch: Vec<Job>) {
        let pushes = batch.into_iter().map(|j| async move { j });
        let jobs = futures::future::join_all(pushes).await; // OK: unbounded-gather
        self.jobs.lock().unwrap().extend(jobs);
        tokio::spawn(async { tracing::debug!("pushed") }); // OK: untracked-spawn
    }
}
