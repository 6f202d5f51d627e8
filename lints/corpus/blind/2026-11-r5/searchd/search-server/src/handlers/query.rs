//! `GET /search`.

use axum::Json;
use axum::extract::{Query, State};
use futures::future::join_all;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::state::AppState;

#[derive(Deserialize)]
pub struct SearchParams {
    q: String,
    #[serde(default)]
    touch: Vec<i64>,
}

async fn ask_shard(http: &reqwest::Client, shard: &str, q: &str) -> Vec<i64> {
    match http.get(format!("{shard}/search?q={q}")).send().await {
        Ok(response) => response.json().await.unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

pub async fn search(State(app): State<AppState>, Query(params): Query<SearchParams>) -> Json<Vec<i64>> {
    let stopwords = app.index.stopwords().await;
    if stopwords.contains(&params.q) {
        return Json(Vec::new());
    }
    let mut hasher = Sha256::new();
    hasher.update(params.q.as_bytes()); // OK: unawaited-future
    let key = format!("{:x}", hasher.finalize());
    *app.recent.lock().unwrap().entry(key).or_default() += 1; // OK: lock-across-await

    let http = reqwest::Client::new();
    let per_shard = join_all(app.shards.iter().map(|shard| ask_shard(&http, shard, &params.q))).await; // OK: unbounded-gather
    let mut ids: Vec<i64> = per_shard.into_iter().flatten().collect();
    let mut extra = params.touch.clone();
    ids.append(&mut extra); // OK: unawaited-future
    app.index.append(&ids).await; // OK: unawaited-future

    for id in params.touch.iter().take(20) {
        app.db.touch(*id); // EXPECT: unawaited-future
    }
    let touched = join_all(params.touch.iter().map(|id| app.db.touch(*id))).await; // EXPECT: unbounded-gather
    tracing::debug!(touched = touched.len(), "touched");
    let refresh = app.index.refresh(); // EXPECT: unawaited-future
    Json(ids)
}
