//! Admin endpoints: evict keys, rotate the token set.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::{ApiError, internal};
use crate::auth::TokenSet;
use crate::{evictor, state::AppState};

pub async fn evict(State(state): State<Arc<AppState>>, Json(keys): Json<Vec<String>>) -> StatusCode {
    let n = keys.len();
    evictor::evict_keys(state, keys).await;
    tracing::info!(n, "eviction requested");
    StatusCode::ACCEPTED
}

pub async fn rotate_tokens(State(state): State<Arc<AppState>>) -> Result<StatusCode, ApiError> {
    let path = state.root.join("tokens.txt");
    let text = tokio::fs::read_to_string(&path).await.map_err(internal)?;
    let fresh = TokenSet::parse(&text);
    let rt = state.rt.clone();
    let state2 = state.clone();
    tokio::task::spawn_blocking(move || {
        *state2.tokens.blocking_write() = fresh; // OK: block-on-in-async
        rt.block_on(async { tracing::info!("tokens rotated") }); // OK: block-on-in-async
    })
    .await
    .map_err(internal)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replaces the token set in place, from the signal handler task.
pub async fn reload_tokens_inline(state: &AppState, text: &str) {
    let fresh = TokenSet::parse(text);
    tokio::task::block_in_place(|| {
        *state.tokens.blocking_write() = fresh; // OK: block-on-in-async
    });
}

/// Same, for the SIGHUP path that was written first.
pub async fn reload_tokens_direct(state: &AppState, text: &str) {
    *state.tokens.blocking_write() = TokenSet::parse(text); // EXPECT: block-on-in-async
    tracing::info!("tokens reloaded");
}
