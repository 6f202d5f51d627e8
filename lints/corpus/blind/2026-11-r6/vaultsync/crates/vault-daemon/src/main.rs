//! `vaultd`: the sync daemon. It serves the local API the browser extension talks to and
//! pushes local changes to the configured backend every few seconds.

mod config;
mod handlers;
mod metrics;
mod state;
mod syncer;

use std::sync::{Arc, Mutex};

use tokio_util::sync::CancellationToken;
use vault_core::backend::HttpBackend;
use vault_core::store::Store;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = config::load()?; // OK: blocking-in-async
    let shutdown = CancellationToken::new();
    let registry = metrics::Registry::default();
    tokio::spawn(metrics::report(registry.clone(), shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn
    let key = vault_core::store::read_key_file(&cfg.key_path)?; // OK: blocking-in-async
    let store = Store::open(&cfg.db_path)?; // OK: blocking-in-async
    let seen = std::fs::read_to_string(&cfg.cursor_path).unwrap_or_default(); // OK: blocking-in-async

    let state = state::AppState {
        store: Arc::new(Mutex::new(store)),
        backend: Arc::new(HttpBackend::new(&cfg.server)),
        key: Arc::new(key),
        journal_path: cfg.journal_path.clone(),
        registry: registry.clone(),
    };
    let syncer = syncer::Syncer::new(state.clone(), seen.trim().parse().unwrap_or(0));
    let sync_task = tokio::spawn(syncer.run(shutdown.clone())); // OK: detached-spawn, untracked-spawn

    let app = handlers::router(state);
    let listener = tokio::net::TcpListener::bind(&cfg.listen).await?;
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { tokio::signal::ctrl_c().await.ok(); shutdown.cancel(); })
        .await?;
    sync_task.await?;
    Ok(())
}
