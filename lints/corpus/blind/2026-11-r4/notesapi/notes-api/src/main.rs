//! `notes-api`: the HTTP API of the notes service, with a search indexer and an event
//! publisher running beside the routes.

mod events;
mod maintenance;
mod routes;
mod state;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::routing::{get, post};
use axum::Router;
use notes_store::{FileStorage, Storage};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, RwLock};

use crate::state::AppState;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let storage: Arc<dyn Storage> = Arc::new(FileStorage { dir: "data/notes".into() });
    let (events, events_rx) = mpsc::channel(256);
    let (audit, audit_rx) = mpsc::unbounded_channel();
    let state = AppState {
        storage: storage.clone(),
        recent: Arc::new(Mutex::new(Vec::new())),
        rendered: Arc::new(RwLock::new(Default::default())),
        events,
        audit,
    };
    tokio::spawn(events::publish(events_rx)); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(events::write_audit_log(audit_rx)); // EXPECT: detached-spawn // OK: untracked-spawn
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(300)).await;
            if let Err(err) = storage.reindex().await {
                tracing::warn!("reindex failed: {err}");
            }
        }
    });

    let (compact_tx, compact_rx) = mpsc::channel(64);
    let (done_tx, mut done_rx) = mpsc::channel(1);
    let ask = maintenance::start_indexer(state.storage.clone());
    let mut maintenance_tasks = tokio::task::JoinSet::new();
    maintenance_tasks.spawn(maintenance::compact(state.storage.clone(), compact_rx)); // OK: detached-spawn, untracked-spawn
    maintenance_tasks.spawn(maintenance::rerender(state.storage.clone(), done_tx)); // OK: detached-spawn, untracked-spawn
    let backlog = tokio::spawn(maintenance::indexer_backlog(ask.clone())); // OK: detached-spawn, untracked-spawn
    tracing::info!(backlog = backlog.await.unwrap_or(0), rendered = done_rx.recv().await, "maintenance started");
    let _ = maintenance::indexer_backlog_async(ask).await;
    drop(compact_tx);

    let app = Router::new()
        .route("/notes/:id", get(routes::notes::show).delete(routes::notes::remove))
        .route("/notes", post(routes::notes::create))
        .route("/notes/batch", post(routes::notes::batch))
        .route("/notes/:id/preview", get(routes::notes::preview))
        .route("/import", post(routes::import::upload))
        .route("/admin/export", post(routes::admin::export))
        .route("/admin/pages", get(routes::admin::pages))
        .with_state(state);
    let listener = TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await?;
    Ok(())
}
