//! The 1.x dispatcher, which spawned a task per claimed row. Replaced by the worker pool in
//! 2.0; no module includes this file.

use crate::job::Job;

pub async fn dispatch_rows(pool: &sqlx::PgPool) -> anyhow::Result<()> {
    let rows: Vec<Job> = sqlx::query_as("SELECT id, kind, payload, attempts FROM jobs WHERE status = 'ready'")
        .fetch_all(pool)
        .await?;
    for job in rows {
        tokio::spawn(run_one(job)); // OK: unbounded-gather, detached-spawn, untracked-spawn
    }
    Ok(())
}

async fn run_one(job: Job) -> anyhow::Result<()> {
    let out = std::process::Command::new("sh").arg("-c").arg(job.kind).output()?; // OK: blocking-in-async
    anyhow::ensure!(out.status.success());
    Ok(())
}
