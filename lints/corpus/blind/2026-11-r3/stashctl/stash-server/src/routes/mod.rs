use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post, put};

use crate::state::AppState;

mod objects;
mod admin;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/objects/:key", get(objects::download).put(objects::upload))
        .route("/batch", post(objects::batch))
        .route("/index/reload", post(objects::reload_index))
        .route("/admin/prefetch", post(admin::prefetch))
        .route("/admin/pins", put(admin::pins))
        .with_state(state)
}
