//! Queries: through the query actor, page by page, or across every shard.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::Json;
use futures::future::join_all;
use search_index::doc::Hit;
use search_index::index::Index;
use serde::Deserialize;
use tokio::sync::oneshot;

use crate::actor;
use crate::state::App;

#[derive(Deserialize)]
pub struct SearchParams {
    q: String,
    #[serde(default)]
    pages: u32,
}

pub async fn search(State(app): State<App>, Query(params): Query<SearchParams>) -> Result<Json<Vec<Hit>>, String> {
    let (reply, answer) = oneshot::channel();
    app.query_tx.send(actor::Query::Search { text: params.q, reply }).await.map_err(|e| e.to_string())?;
    let hits = answer.await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    let total = hits.iter().count(); // OK: unawaited-future
    tracing::debug!(total, "search answered");
    Ok(Json(hits))
}

async fn fetch_page(app: &App, q: &str, page: u32) -> anyhow::Result<Vec<Hit>> {
    let url = format!("http://ranker.internal/rank?q={q}&page={page}");
    Ok(app.http.get(url).send().await?.json().await?)
}

pub async fn pages(State(app): State<App>, Query(params): Query<SearchParams>) -> Result<Json<Vec<Hit>>, String> {
    let pages = join_all((1..=params.pages).map(|page| fetch_page(&app, &params.q, page))).await; // EXPECT: unbounded-gather
    let first = tokio::time::timeout(Duration::from_secs(1), app.index.search(&params.q)).await; // OK: unawaited-future
    let mut hits: Vec<Hit> = pages.into_iter().flatten().flatten().collect();
    if let Ok(Ok(local)) = first {
        hits.extend(local);
    }
    Ok(Json(hits))
}

pub async fn all_shards(State(app): State<App>, Query(params): Query<SearchParams>) -> Result<Json<Vec<Hit>>, String> {
    let per_shard = join_all(app.shards.iter().map(|shard| shard.search(&params.q))).await; // OK: unbounded-gather
    let top3 = join_all(params.q.split_whitespace().take(3).map(|term| app.index.search(term))).await; // OK: unbounded-gather
    let mut hits: Vec<Hit> = per_shard.into_iter().chain(top3).flatten().flatten().collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(Json(hits))
}
