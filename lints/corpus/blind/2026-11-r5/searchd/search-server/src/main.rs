//! The search service: an axum API over the store, and a background indexer.

mod handlers;
mod indexer;
mod state;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use search_store::{Db, Index};

use crate::state::AppState;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL")?;
    let db = Arc::new(Db::connect(&url, PathBuf::from("migrations")).await?);
    db.ensure_schema().await?;
    let index = Arc::new(Index::new(PathBuf::from("/var/lib/searchd/index")));
    let segments = index.rebuild().await?;
    let banner = std::fs::read_to_string("/etc/searchd/banner.txt").unwrap_or_default(); // OK: blocking-in-async
    tracing::info!(segments, %banner, "index loaded");

    let (requests, inbox) = tokio::sync::mpsc::channel(256);
    let state = AppState::new(db.clone(), index.clone(), requests);
    let indexer = tokio::spawn(indexer::run(state.clone(), inbox));
    let shards = std::fs::read_to_string("/etc/searchd/shards").unwrap_or_default(); // EXPECT: blocking-in-async
    let state = state.with_shards(shards.lines().map(String::from).collect());

    let app = Router::new()
        .route("/search", get(handlers::query::search))
        .route("/ingest", post(handlers::ingest::ingest))
        .route("/reindex", post(handlers::ingest::reindex))
        .route("/admin/synonyms", post(handlers::admin::reload_synonyms))
        .route("/admin/segment", post(handlers::admin::load_segment))
        .route("/admin/snapshot", post(handlers::admin::snapshot))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:7700").await?;
    axum::serve(listener, app).await?;
    indexer.abort();
    Ok(())
}
