//! gruntq-worker: claims ready jobs from Postgres and runs them with the handler registered
//! for their kind, with retries, heartbeats and graceful shutdown.

mod config;
mod dispatch;
mod handlers;
mod heartbeat;
mod job;
mod local_pool;
mod queue;
mod retry;
#[cfg(test)]
mod testing;

use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let cfg = config::Config::from_env()?;
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(cfg.db_connections)
        .connect(&cfg.database_url)
        .await?;
    let queue = Arc::new(queue::Queue::new(pool.clone()));
    let shutdown = CancellationToken::new();
    let tracker = TaskTracker::new();

    tracker.spawn(heartbeat::run(queue.clone(), cfg.worker_id.clone(), shutdown.clone())); // OK: detached-spawn, untracked-spawn

    let (job_tx, job_rx) = tokio::sync::mpsc::channel(cfg.workers * 2);
    let job_rx = Arc::new(tokio::sync::Mutex::new(job_rx));
    let registry = Arc::new(handlers::Registry::from_config(&cfg));
    let mut workers = Vec::new();
    for n in 0..cfg.workers {
        workers.push(tokio::spawn(dispatch::worker(n, job_rx.clone(), queue.clone(), registry.clone()))); // OK: unbounded-gather, detached-spawn, untracked-spawn
    }

    let (retry_tx, retry_rx) = tokio::sync::mpsc::channel(256);
    tokio::spawn(retry::requeue_loop(queue.clone(), retry_rx)); // EXPECT: detached-spawn // OK: untracked-spawn
    registry.set_retry_sender(retry_tx);

    let claimer = queue.clone();
    let stop = shutdown.clone();
    let claim_task = tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        claimer.claim_loop(job_tx, stop).await
    });

    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    claim_task.await??;
    for w in workers {
        w.await?;
    }
    tracker.close();
    tracker.wait().await;
    Ok(())
}
