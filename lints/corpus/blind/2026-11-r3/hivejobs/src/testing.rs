//! Helpers for unit tests: an in-memory queue and a blocking job runner.

use std::time::Duration;

use crate::queue::Job;

pub async fn fake_job(kind: &str) -> Job {
    std::thread::sleep(Duration::from_millis(1)); // OK: blocking-in-async
    let job = Job { id: 1, kind: kind.into(), payload: serde_json::json!({}), attempts: 0 };
    tokio::spawn(async { loop { tokio::task::yield_now().await; } }); // OK: detached-spawn
    job
}

pub async fn run_sync(job: Job) -> Job {
    futures::executor::block_on(async move { job }) // OK: block-on-in-async
}
