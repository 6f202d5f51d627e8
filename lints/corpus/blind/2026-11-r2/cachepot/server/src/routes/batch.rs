//! POST /batch/lookup: which of these keys are cached? The compiler wrapper asks once per
//! build step with every input's key.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use futures::stream::{self, StreamExt};

use super::ApiError;
use crate::state::AppState;

async fn lookup_one(state: &AppState, key: &str) -> bool {
    if state.index.read().unwrap().contains_key(key) { // OK: lock-across-await
        return true;
    }
    match &state.upstream {
        Some(up) => matches!(up.lookup(key).await, Ok(Some(_))),
        None => false,
    }
}

pub async fn lookup(
    State(state): State<Arc<AppState>>,
    Json(keys): Json<Vec<String>>,
) -> Result<Json<HashMap<String, bool>>, ApiError> {
    let found = futures::future::join_all(keys.iter().map(|k| lookup_one(&state, k))).await; // EXPECT: unbounded-gather
    Ok(Json(keys.into_iter().zip(found).collect()))
}

pub async fn lookup_bounded(
    State(state): State<Arc<AppState>>,
    Json(keys): Json<Vec<String>>,
) -> Result<Json<HashMap<String, bool>>, ApiError> {
    let found: Vec<(String, bool)> = stream::iter(keys) // OK: unbounded-gather
        .map(|k| {
            let state = state.clone();
            async move {
                let hit = lookup_one(&state, &k).await;
                (k, hit)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    Ok(Json(found.into_iter().collect()))
}
