use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use stash_core::remote::Remote;

use crate::state::AppState;

pub async fn prefetch(State(state): State<Arc<AppState>>, Json(keys): Json<Vec<String>>) -> StatusCode {
    let remote = Remote::new(&state.cfg);
    for key in keys {
        let bytes = match stash_bridge::fetch_blocking(&remote, &key) { // EXPECT: block-on-in-async
            Ok(bytes) => bytes,
            Err(_) => return StatusCode::BAD_GATEWAY,
        };
        if state.store.put(&bytes).await.is_err() {
            return StatusCode::INTERNAL_SERVER_ERROR;
        }
    }
    StatusCode::OK
}

pub async fn pins(State(state): State<Arc<AppState>>, Json(keys): Json<Vec<String>>) -> StatusCode {
    let pins = state.pins.clone();
    let current = tokio::task::spawn_blocking(move || stash_bridge::pinned_keys(&pins)).await.unwrap_or_default(); // OK: block-on-in-async
    let mut guard = state.pins.lock().await; // OK: lock-across-await
    guard.extend(keys.into_iter().filter(|k| !current.contains(k)));
    let _ = state.uploads.send(String::from("pins")).await;
    drop(guard);
    StatusCode::NO_CONTENT
}
