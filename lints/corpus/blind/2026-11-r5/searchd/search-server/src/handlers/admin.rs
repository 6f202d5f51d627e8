//! The admin routes: reload the synonyms, load a segment, snapshot the index.

use std::path::PathBuf;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use search_store::synonyms::load_synonyms;

use crate::state::{AppState, IndexRequest};

pub async fn reload_synonyms(State(app): State<AppState>, Json(path): Json<PathBuf>) -> StatusCode {
    let current = app.index.synonyms().await.map(|s| s.len()).unwrap_or(0);
    match load_synonyms(&path) { // EXPECT: blocking-in-async
        Ok(fresh) => {
            tracing::info!(before = current, after = fresh.len(), "synonyms checked");
            StatusCode::OK
        }
        Err(_) => StatusCode::BAD_REQUEST,
    }
}

pub async fn load_segment(State(app): State<AppState>, Json(name): Json<String>) -> StatusCode {
    match app.index.load_segment(&name).await {
        Ok(_) => StatusCode::OK,
        Err(_) => StatusCode::NOT_FOUND,
    }
}

pub async fn snapshot(State(app): State<AppState>) -> StatusCode {
    let (reply, answer) = tokio::sync::oneshot::channel();
    app.requests.send(IndexRequest::Commit { reply }); // EXPECT: unawaited-future
    let _ = answer.await;
    let path = PathBuf::from("/var/lib/searchd/snapshot.json");
    let result = app.index.snapshot(&path).await;
    let pending = app.db.ensure_schema(); // EXPECT: unawaited-future
    if result.is_ok() { StatusCode::OK } else { StatusCode::INTERNAL_SERVER_ERROR }
}
