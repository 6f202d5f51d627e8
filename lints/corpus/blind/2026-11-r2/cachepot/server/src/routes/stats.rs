//! GET /stats: object count and bytes from the index, artifact count from the database.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use super::{ApiError, internal};
use crate::state::AppState;

#[derive(Serialize)]
pub struct Stats {
    objects: usize,
    bytes: u64,
    db_rows: i64,
    top: Vec<(String, u64)>,
}

pub async fn stats(State(state): State<Arc<AppState>>) -> Result<Json<Stats>, ApiError> {
    let index = state.index.read().unwrap(); // EXPECT: lock-across-await
    let objects = index.len();
    let bytes = index.values().map(|e| e.size).sum();
    let db_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM artifacts")
        .fetch_one(&state.db)
        .await
        .map_err(internal)?;
    let mut top: Vec<(String, u64)> = index.iter().map(|(k, e)| (k.clone(), e.hits)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1));
    top.truncate(10);
    Ok(Json(Stats { objects, bytes, db_rows, top }))
}
