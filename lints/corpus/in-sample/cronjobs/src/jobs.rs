//! Built-in jobs: cache warmers, report exporters, vacuum. Each returns a boxed future so the
//! scheduler can store them uniformly.
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, ensure, Context};
use tokio::runtime::Handle;
use tracing::{debug, info};

pub type JobFuture = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>;
pub type JobFn = Box<dyn Fn() -> JobFuture + Send + Sync>;

pub fn boxed<F, Fut>(f: F) -> JobFn
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    Box::new(move || Box::pin(f()))
}

pub async fn export_report(dir: PathBuf) -> anyhow::Result<()> {
    ensure!(dir.is_absolute(), "report dir must be absolute");
    let out = Command::new("pg_dump").arg("--schema-only").output().context("pg_dump")?; // EXPECT: blocking-in-async
    if !out.status.success() {
        bail!("pg_dump failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    tokio::fs::write(dir.join("schema.sql"), &out.stdout).await?;
    Ok(())
}

pub async fn export_report_async(dir: PathBuf) -> anyhow::Result<()> {
    let out = tokio::process::Command::new("pg_dump").arg("--schema-only").output().await?; // OK: blocking-in-async
    ensure!(out.status.success(), "pg_dump failed");
    tokio::fs::write(dir.join("schema.sql"), &out.stdout).await?;
    Ok(())
}

pub async fn vacuum() -> anyhow::Result<()> {
    let status = tokio::task::spawn_blocking(|| Command::new("vacuumdb").arg("--all").status()) // OK: blocking-in-async
        .await??;
    ensure!(status.success(), "vacuumdb exited with {status}");
    Ok(())
}

pub async fn warm_cache(keys: Vec<String>) -> anyhow::Result<()> {
    for k in &keys {
        debug!(key = %k, "warming");
        legacy_cache_get(k); // EXPECT: block-on-in-async // OK: blocking-in-async
    }
    info!(n = keys.len(), "cache warm");
    Ok(())
}

/// Bridges the old sync cache client; it re-enters the runtime, which panics or deadlocks when
/// called from a runtime worker.
fn legacy_cache_get(key: &str) -> Option<String> {
    Handle::current().block_on(fetch_remote(key)) // OK: blocking-in-async
}

async fn fetch_remote(key: &str) -> Option<String> {
    crate::time::sleep(Duration::from_millis(1)).await; // OK: blocking-in-async
    Some(key.to_owned())
}

pub async fn heartbeat() -> anyhow::Result<()> {
    crate::time::sleep(Duration::from_secs(1)); // EXPECT: unawaited-future
    Ok(())
}

pub async fn retry_warm(keys: Vec<String>, attempts: u32) -> anyhow::Result<()> {
    for attempt in 0..attempts {
        match warm_cache(keys.clone()).await {
            Ok(()) => return Ok(()),
            Err(e) if attempt + 1 < attempts => {
                debug!(?e, attempt, "retrying");
                crate::time::sleep(crate::time::jitter(Duration::from_millis(200), attempt)).await;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
