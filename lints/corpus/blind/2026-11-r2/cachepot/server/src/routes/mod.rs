//! The HTTP API.

mod admin;
mod artifacts;
mod batch;
mod stats;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/artifact/:key", get(artifacts::get_artifact).put(artifacts::put_artifact))
        .route("/meta/:key", get(artifacts::get_meta))
        .route("/batch/lookup", post(batch::lookup))
        .route("/batch/lookup-bounded", post(batch::lookup_bounded))
        .route("/stats", get(stats::stats))
        .route("/admin/evict", post(admin::evict))
        .route("/admin/rotate-tokens", post(admin::rotate_tokens))
        .with_state(state)
}

pub type ApiError = (axum::http::StatusCode, String);

pub fn internal(e: impl std::fmt::Display) -> ApiError {
    (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
}
