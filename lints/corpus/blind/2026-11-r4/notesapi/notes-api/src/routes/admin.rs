//! `/admin`: export and paged listings, for operators.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use futures::future::join_all;
use notes_store::{Note, Storage};
use serde::Deserialize;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct PageQuery {
    pages: u64,
}

pub async fn export(State(state): State<AppState>) -> Result<String, StatusCode> {
    let recent: Vec<Note> = state.recent.lock().unwrap().clone(); // OK: lock-across-await
    let exporter = notes_sync::Exporter { store: state.storage.clone() };
    tracing::info!("{}", exporter.describe()); // OK: block-on-in-async
    exporter.save_all(&recent).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?; // EXPECT: block-on-in-async
    let count = tokio::task::block_in_place(|| exporter.save_all(&recent).map(|_| recent.len())); // OK: block-on-in-async
    reindex_all(state.storage.clone()).await;
    Ok(format!("{}", count.unwrap_or(0)))
}

async fn fetch_page(storage: &Arc<dyn Storage>, page: u64) -> Vec<Note> {
    storage.get(page).await.ok().flatten().into_iter().collect()
}

pub async fn pages(State(state): State<AppState>, Query(query): Query<PageQuery>) -> Result<String, StatusCode> {
    let pages = join_all((1..=query.pages).map(|page| fetch_page(&state.storage, page))).await;
    let shards = join_all([0u64, 1, 2, 3].iter().map(|shard| fetch_page(&state.storage, *shard))).await; // OK: unbounded-gather
    Ok(format!("{} {}", pages.len(), shards.len()))
}

async fn reindex_all<S: Storage + ?Sized>(storage: Arc<S>) {
    storage.reindex(); // EXPECT: unawaited-future
    let count = storage.reindex().await.unwrap_or(0); // OK: unawaited-future
    tracing::info!(count, label = storage.label(), "reindexed"); // OK: unawaited-future
}
