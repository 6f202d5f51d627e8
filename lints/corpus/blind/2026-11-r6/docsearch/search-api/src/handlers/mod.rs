//! The HTTP routes.

mod admin;
mod ingest;
mod query;

use axum::routing::{get, post};
use axum::Router;

use crate::state::App;

pub fn router(app: App) -> Router {
    Router::new()
        .route("/ingest/ids", post(ingest::by_ids))
        .route("/ingest/docs", post(ingest::docs))
        .route("/ingest/feed", post(ingest::feed))
        .route("/search", get(query::search))
        .route("/search/pages", get(query::pages))
        .route("/search/shards", get(query::all_shards))
        .route("/admin/segment/:name", get(admin::dump_segment))
        .route("/admin/export", post(admin::export))
        .route("/admin/reindex", post(admin::reindex))
        .route("/admin/embed", post(admin::embed_pending))
        .route("/admin/import-dir", post(admin::import_dir))
        .with_state(app)
}
