//! mail-worker: claims queued mail from the outbox table, renders it, sends it over SMTP, and
//! reports delivery to the product's webhook. Also sends the daily digest.

mod bounces;
mod campaigns;
mod digest;
mod mailer;
mod metrics;
mod outbox;
mod templates;
mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::runtime::Runtime;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::mailer::Mailer;
use crate::outbox::Outbox;
use crate::templates::TemplateStore;

#[derive(Clone, serde::Deserialize)]
pub struct Settings {
    pub database_url: String,
    pub smtp_host: String,
    pub template_dir: std::path::PathBuf,
    pub webhook_url: String,
    pub statsd_addr: String,
    pub concurrency: usize,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let raw = tokio::fs::read_to_string("mail-worker.json").await.context("reading settings")?;
    let settings: Settings = serde_json::from_str(&raw)?;

    // The template store's loader is async; the compiled set is needed before anything runs.
    let loader_runtime = Runtime::new()?;
    let templates = loader_runtime.block_on(TemplateStore::load(&settings.template_dir))?; // EXPECT: block-on-in-async
    let templates = Arc::new(templates);

    let pool = sqlx::PgPool::connect(&settings.database_url).await?;
    let mailer = Arc::new(Mailer::connect(&settings.smtp_host)?);
    let outbox = Arc::new(Outbox::new(pool.clone(), settings.concurrency));
    let shutdown = CancellationToken::new();
    let tracker = TaskTracker::new();

    tracker.spawn(outbox.clone().run(mailer.clone(), templates.clone(), shutdown.clone())); // OK: untracked-spawn, detached-spawn
    tracker.spawn(bounces::watch(pool.clone(), shutdown.clone())); // OK: untracked-spawn, detached-spawn
    tokio::spawn(metrics::push_forever(settings.statsd_addr.clone())); // EXPECT: detached-spawn [mentions: push_forever] // OK: untracked-spawn
    tokio::spawn(digest::schedule(pool.clone(), mailer.clone(), templates.clone())); // EXPECT: detached-spawn [mentions: anyhow::Result] // OK: untracked-spawn
    let webhook_sender = webhooks::DeliveryHooks::new(settings.webhook_url.clone());
    tokio::spawn(webhook_sender.clone().retry_failed(pool.clone(), shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn

    tokio::signal::ctrl_c().await?;
    tracing::info!("draining");
    shutdown.cancel();
    tracker.close();
    if tokio::time::timeout(Duration::from_secs(30), tracker.wait()).await.is_err() {
        tracing::warn!("drain timed out");
    }
    Ok(())
}
