use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use futures::future::join_all;
use serde::Deserialize;

use crate::state::AppState;

pub async fn download(State(state): State<Arc<AppState>>, Path(key): Path<String>) -> Result<Vec<u8>, StatusCode> {
    state.store.get(&key).await.map_err(|_| StatusCode::NOT_FOUND)
}

pub async fn upload(State(state): State<Arc<AppState>>, body: Bytes) -> Result<String, StatusCode> {
    let key = state.store.put(&body).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    state.index.write().unwrap().entries.insert(key.clone(), stash_core::index::Entry { key: key.clone(), size: body.len() as u64 });
    state.uploads.send(key.clone()).await.map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    Ok(key)
}

pub async fn reload_index(State(state): State<Arc<AppState>>) -> StatusCode {
    match stash_core::index::Index::load(&state.cfg.cache_dir.join("index.json")).await {
        Ok(fresh) => {
            *state.index.write().unwrap() = fresh; // OK: lock-across-await
            StatusCode::OK
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

#[derive(Deserialize)]
pub struct BatchRequest {
    keys: Vec<String>,
}

pub async fn batch(State(state): State<Arc<AppState>>, Json(req): Json<BatchRequest>) -> Json<Vec<bool>> {
    Json(lookup_all(&state, req.keys).await)
}

async fn lookup_all(state: &AppState, keys: Vec<String>) -> Vec<bool> {
    join_all(keys.iter().map(|k| state.store.contains(k))).await // EXPECT: unbounded-gather
}
