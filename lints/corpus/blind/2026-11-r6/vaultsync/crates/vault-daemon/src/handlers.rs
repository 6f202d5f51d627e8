//! The local HTTP API the browser extension calls.

use std::sync::atomic::Ordering;

use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use vault_core::entry::Entry;

use crate::state::AppState;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/entries", get(list).post(add))
        .route("/entries/:id", axum::routing::delete(forget))
        .route("/journal", post(snapshot_journal))
        .route("/journal/offloaded", post(snapshot_journal_offloaded))
        .route("/backup", post(backup))
        .with_state(state)
}

#[derive(Deserialize)]
pub struct ListQuery {
    since: u64,
}

pub async fn list(State(app): State<AppState>, Query(q): Query<ListQuery>) -> Result<Json<Vec<Entry>>, String> {
    app.registry.requests.fetch_add(1, Ordering::Relaxed);
    let entries = app.store.lock().unwrap().since(q.since).map_err(|e| e.to_string())?; // EXPECT: blocking-in-async // OK: lock-across-await
    Ok(Json(entries))
}

pub async fn add(State(app): State<AppState>, Json(entry): Json<Entry>) -> Result<(), String> {
    {
        let store = app.store.lock().unwrap(); // OK: lock-across-await
        store.insert(&entry).map_err(|e| e.to_string())?; // EXPECT: blocking-in-async
    }
    app.backend.push(std::slice::from_ref(&entry)).await.map_err(|e| e.to_string())?;
    Ok(())
}

pub async fn forget(State(app): State<AppState>, Path(id): Path<String>) -> Result<(), String> {
    app.backend.forget(&id); // EXPECT: unawaited-future
    Ok(())
}

pub async fn snapshot_journal(State(app): State<AppState>) -> Result<(), String> {
    let entries = {
        let store = app.store.lock().unwrap(); // OK: lock-across-await
        store.since(0).map_err(|e| e.to_string())? // EXPECT: blocking-in-async
    };
    vault_core::journal::write_journal(&app.journal_path, &entries).map_err(|e| e.to_string())?; // EXPECT: blocking-in-async
    app.backend.heartbeat().await.map_err(|e| e.to_string())?;
    Ok(())
}

pub async fn snapshot_journal_offloaded(State(app): State<AppState>) -> Result<(), String> {
    let store = app.store.lock().unwrap(); // EXPECT: lock-across-await
    let entries = store.since(0).map_err(|e| e.to_string())?; // EXPECT: blocking-in-async
    vault_core::journal::write_journal_offloaded(app.journal_path.clone(), entries).await.map_err(|e| e.to_string())?; // OK: blocking-in-async
    Ok(())
}

pub async fn backup(State(app): State<AppState>) -> Result<(), String> {
    let entries = app.backend.pull(0).await.map_err(|e| e.to_string())?;
    let path = app.journal_path.with_extension("bak");
    let file = std::fs::File::create(&path).map_err(|e| e.to_string())?; // EXPECT: blocking-in-async
    let mut out = std::io::BufWriter::new(file);
    serde_json::to_writer(&mut out, &entries).map_err(|e| e.to_string())?;
    Ok(())
}
