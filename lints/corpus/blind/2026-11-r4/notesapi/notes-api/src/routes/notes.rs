//! `/notes`: read, create, delete, preview.

use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use futures::future::join_all;
use notes_store::{Note, Storage};
use sha2::{Digest, Sha256};

use crate::events::{AuditLine, Event};
use crate::state::AppState;

type Reply<T> = Result<T, StatusCode>;

fn fail(_: impl std::fmt::Display) -> StatusCode {
    StatusCode::INTERNAL_SERVER_ERROR
}

pub async fn show(State(state): State<AppState>, Path(id): Path<u64>) -> Reply<Json<Note>> {
    let note = state.storage.get(id).await.map_err(fail)?.ok_or(StatusCode::NOT_FOUND)?;
    state.storage.touch(id); // EXPECT: unawaited-future
    if let Some(cached) = state.recent.lock().unwrap().iter().find(|n| n.id == id) { // EXPECT: lock-across-await
        return Ok(Json(cached.clone()));
    } else {
        state.storage.touch(id).await; // OK: unawaited-future
    }
    Ok(Json(note))
}

pub async fn create(State(state): State<AppState>, Json(mut note): Json<Note>) -> Reply<StatusCode> {
    let mut hasher = Sha256::new();
    hasher.update(note.body.as_bytes()); // OK: unawaited-future
    note.id = u64::from_be_bytes(hasher.finalize()[..8].try_into().unwrap());
    let _ = state.storage.save(&note); // EXPECT: unawaited-future
    state.recent.lock().unwrap().push(note.clone()); // OK: lock-across-await, unawaited-future
    let _ = state.audit.send(AuditLine(format!("create {}", note.id))); // OK: unawaited-future
    state.events.send(Event::Created(note.id)); // EXPECT: unawaited-future
    let recent_len = state.recent.lock().unwrap().len(); // OK: lock-across-await
    tracing::debug!(recent_len, "created");
    tokio::time::sleep(Duration::from_millis(5)); // EXPECT: unawaited-future
    Ok(StatusCode::CREATED)
}

pub async fn remove(State(state): State<AppState>, Path(id): Path<u64>) -> Reply<StatusCode> {
    let notify = |id: u64| async move {
        tracing::info!(id, "deleted");
    };
    state.storage.delete(id).await.map_err(fail)?; // OK: unawaited-future
    notify(id); // EXPECT: unawaited-future
    let mut recent = state.recent.lock().unwrap(); // OK: lock-across-await
    recent.retain(|n| n.id != id); // OK: unawaited-future
    drop(recent);
    state.events.send(Event::Deleted(id)).await.map_err(fail)?; // OK: unawaited-future
    let pending = state.storage.save(&Note { id, ..Note::default() }); // EXPECT: unawaited-future
    Ok(StatusCode::NO_CONTENT)
}

pub async fn batch(State(state): State<AppState>, Json(ids): Json<Vec<u64>>) -> Reply<Json<Vec<Note>>> {
    let found = join_all(ids.iter().map(|id| state.storage.get(*id))).await; // EXPECT: unbounded-gather
    let notes: Vec<Note> = found.into_iter().filter_map(|n| n.ok().flatten()).collect();
    for note in state.recent.lock().unwrap().iter() { // EXPECT: lock-across-await
        state.storage.touch(note.id).await; // OK: unawaited-future
    }
    Ok(Json(notes))
}

fn preview_text(state: &AppState, note: &Note) -> String {
    notes_sync::render(&state.storage, note) // OK: block-on-in-async
}

pub async fn preview(State(state): State<AppState>, Path(id): Path<u64>) -> Reply<String> {
    let note = notes_sync::load_note(&state.storage, id).map_err(fail)?.ok_or(StatusCode::NOT_FOUND)?; // EXPECT: block-on-in-async
    let text = preview_text(&state, &note); // EXPECT: block-on-in-async
    state.rendered.blocking_write().insert(id, text.clone()); // EXPECT: block-on-in-async
    let cached = state.rendered.read().await.get(&id).cloned(); // OK: block-on-in-async, lock-across-await
    let storage = state.storage.clone();
    let rendered = tokio::task::spawn_blocking(move || notes_sync::render(&storage, &note)).await.map_err(fail)?; // OK: block-on-in-async
    Ok(cached.unwrap_or(rendered))
}
