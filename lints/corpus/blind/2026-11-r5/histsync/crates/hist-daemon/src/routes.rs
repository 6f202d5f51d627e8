//! The HTTP handlers.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use hist_core::Entry;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct SearchQuery {
    q: String,
}

pub async fn search(
    State(app): State<AppState>,
    Query(query): Query<SearchQuery>,
) -> Result<Json<Vec<Entry>>, StatusCode> {
    *app.hits.lock().unwrap().entry(query.q.clone()).or_default() += 1;
    let found = app.store.search(&query.q).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(found))
}

pub async fn add(State(app): State<AppState>, Json(entries): Json<Vec<Entry>>) -> StatusCode {
    let mut pending = app.lock().lock().await;
    pending.extend(entries);
    if pending.len() > 100 {
        app.store.flush(); // EXPECT: unawaited-future
        pending.clear(); // OK: unawaited-future
    }
    drop(pending);
    let hits = app.hits.lock().unwrap(); // OK: lock-across-await
    tracing::debug!(searches = hits.len(), "added entries");
    StatusCode::ACCEPTED
}

pub async fn flush(State(app): State<AppState>) -> StatusCode {
    let hits = app.hits.lock().unwrap(); // EXPECT: lock-across-await
    tracing::info!(searches = hits.len(), "flushing");
    match app.store.flush().await {
        Ok(()) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

pub async fn stats(State(app): State<AppState>) -> Json<(usize, usize)> {
    let queued = app.lock().lock().await.len();
    let searches = app.hits.lock().unwrap().len(); // OK: lock-across-await
    app.store.clear(); // EXPECT: unawaited-future
    tokio::task::yield_now().await;
    Json((queued, searches))
}
