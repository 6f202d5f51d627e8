use axum::Router;
use axum::routing::{get, post};

use crate::state::Shared;

mod admin;
mod posts;

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/posts/:slug", get(posts::show).put(posts::update))
        .route("/posts/bulk", post(posts::bulk_import))
        .route("/preview", post(posts::preview))
        .route("/admin/reindex", post(admin::reindex))
        .route("/admin/export", get(admin::export))
        .route("/admin/notify", post(admin::notify))
        .with_state(state)
}
