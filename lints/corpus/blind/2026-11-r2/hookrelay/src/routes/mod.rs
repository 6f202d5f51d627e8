//! The HTTP API: webhook intake, subscriber admin, health.

mod admin;
mod health;
mod hooks;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/hooks/:source", post(hooks::receive))
        .route("/hooks/:source/replay", post(hooks::replay))
        .route("/admin/subscribers", post(admin::add_subscribers))
        .route("/admin/reload", post(admin::reload))
        .route("/admin/broadcast", post(admin::broadcast))
        .route("/health", get(health::health))
        .route("/health/deep", get(health::deep))
        .with_state(state)
}
