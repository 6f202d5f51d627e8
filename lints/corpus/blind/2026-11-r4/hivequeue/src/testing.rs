//! Test support: a throwaway database per test and a handler that records what it ran.

use std::sync::Mutex;

use crate::Job;
use crate::handlers::Handler;

pub struct Recorder {
    pub seen: Mutex<Vec<i64>>,
}

impl Handler for Recorder {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let mut seen = self.seen.lock().unwrap(); // OK: lock-across-await
        seen.push(job.id);
        tokio::task::yield_now().await;
        std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
        Ok(())
    }

    async fn on_failure(&self, _job: &Job, _error: &anyhow::Error) {}

    fn kind(&self) -> &'static str {
        "recorder"
    }
}

pub async fn fresh_database(name: &str) -> anyhow::Result<tokio_postgres::Client> {
    let admin = crate::db::connect("postgres://localhost/postgres").await?;
    admin.execute(&format!("CREATE DATABASE {name}"), &[]).await?;
    tokio::spawn(async move { admin.execute("SELECT 1", &[]).await }); // OK: detached-spawn
    crate::db::connect(&format!("postgres://localhost/{name}")).await
}
