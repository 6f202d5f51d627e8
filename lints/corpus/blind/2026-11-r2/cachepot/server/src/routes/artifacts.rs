//! GET and PUT of artifacts and their metadata.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

use super::{ApiError, internal};
use crate::state::{AppState, IndexEntry};
use crate::{auth, storage};

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub async fn get_artifact(
    State(state): State<Arc<AppState>>,
    Path(key): Path<String>,
) -> Result<Bytes, ApiError> {
    let path = state.object_path(&key);
    if !path.exists() { // OK: blocking-in-async
        if let Some(up) = &state.upstream {
            if let Some(artifact) = up.fetch(&key).await.map_err(internal)? {
                return Ok(artifact.data);
            }
        }
        return Err((StatusCode::NOT_FOUND, key));
    }
    let data = std::fs::read(&path).map_err(internal)?; // EXPECT: blocking-in-async
    if let Some(entry) = state.index.write().unwrap().get_mut(&key) { // OK: lock-across-await
        entry.hits += 1;
        entry.last_access = now();
    }
    let _ = state.evict_tx.try_send(key); // OK: unawaited-future
    Ok(Bytes::from(data))
}

pub async fn get_meta(
    State(state): State<Arc<AppState>>,
    Path(key): Path<String>,
) -> Result<axum::Json<cachepot_client::ArtifactMeta>, ApiError> {
    let path = state.object_path(&key);
    let meta = storage::read_sidecar_async(path).await.map_err(internal)?;
    Ok(axum::Json(meta))
}

pub async fn put_artifact(
    State(state): State<Arc<AppState>>,
    Path(key): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let tokens = state.tokens.blocking_read(); // EXPECT: block-on-in-async
    if !auth::token_allowed(&tokens, &state.db, token) { // EXPECT: block-on-in-async
        return Err((StatusCode::UNAUTHORIZED, "bad token".into()));
    }
    drop(tokens);

    let _slot = state.upload_slots.acquire().await.map_err(internal)?;
    let path = state.object_path(&key);
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(internal)?;
    }
    tokio::fs::write(&path, &body).await.map_err(internal)?;
    let compiler = headers
        .get("x-compiler")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("unknown")
        .to_string();
    let meta = cachepot_client::ArtifactMeta {
        key: key.clone(),
        size: body.len() as u64,
        compiler,
        created_at: now(),
    };
    storage::write_sidecar(&path, &meta).map_err(internal)?; // EXPECT: blocking-in-async

    let mut tx = state.db.begin().await.map_err(internal)?;
    sqlx::query("INSERT OR REPLACE INTO artifacts (key, size, created_at) VALUES (?, ?, ?)")
        .bind(&key)
        .bind(meta.size as i64)
        .bind(meta.created_at as i64)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?; // OK: blocking-in-async, unawaited-future

    state.index.write().unwrap().insert( // OK: lock-across-await
        key.clone(),
        IndexEntry {
            size: meta.size,
            hits: 0,
            last_access: meta.created_at,
        },
    );
    state.journal.record(&format!("store {key}")).map_err(internal)?; // EXPECT: blocking-in-async
    state.journal.commit().map_err(internal)?; // EXPECT: blocking-in-async
    state.evict_tx.send(key); // EXPECT: unawaited-future
    Ok(StatusCode::CREATED)
}
