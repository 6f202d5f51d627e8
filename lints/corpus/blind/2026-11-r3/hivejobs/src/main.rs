//! `hivejobs`: pulls jobs from Postgres and runs them on a fixed pool of workers.

mod config;
mod dispatch;
mod handlers;
mod migrate;
mod queue;
mod reaper;
#[cfg(test)]
mod testing;

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = config::Config::from_env()?;
    let pool = sqlx::PgPool::connect(&cfg.database_url).await?;
    migrate::run_pending(&pool, &cfg.migrations_dir).await?;
    let queue = Arc::new(queue::Queue::new(pool.clone()));
    let shutdown = CancellationToken::new();

    let (job_tx, job_rx) = tokio::sync::mpsc::channel(cfg.workers * 4);
    let job_rx = Arc::new(tokio::sync::Mutex::new(job_rx));
    let mut workers = Vec::new();
    for id in 0..cfg.workers {
        workers.push(tokio::spawn(dispatch::worker(id, job_rx.clone(), queue.clone(), shutdown.clone()))); // OK: unbounded-gather
    }
    tokio::spawn(reaper::reap_forever(queue.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let banner = std::fs::read_to_string(&cfg.banner_file).unwrap_or_default(); // EXPECT: blocking-in-async
    tracing::info!("{banner}");

    let feeder = tokio::spawn(queue::feed(queue.clone(), job_tx, shutdown.clone()));
    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    feeder.await?;
    futures::future::join_all(workers).await; // OK: unbounded-gather
    Ok(())
}
