use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::state::Shared;

pub async fn reindex(State(state): State<Shared>) -> StatusCode {
    let posts = state.store.lock().read().await.clone(); // OK: lock-across-await
    let rt = tokio::runtime::Handle::current();
    let count = rt.block_on(async { posts.len() }); // EXPECT: block-on-in-async
    let snapshot = state.templates.blocking_read().len(); // EXPECT: block-on-in-async
    tracing::info!(count, snapshot, "reindexed");
    StatusCode::OK
}

pub async fn export(State(state): State<Shared>) -> String {
    let store = state.store.clone();
    let exported = tokio::task::spawn_blocking(move || store.export_blocking()).await; // OK: block-on-in-async
    let direct = state.store.export_blocking(); // EXPECT: block-on-in-async
    exported.unwrap_or(direct)
}

pub async fn notify(State(state): State<Shared>, Json(recipients): Json<Vec<String>>) -> StatusCode {
    for to in recipients {
        let outbox = state.outbox.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if outbox.send_timeout(to, Duration::from_secs(1)).await.is_err() {
                tracing::warn!("outbox full");
            }
        });
    }
    let hits = state.hits.lock(); // EXPECT: lock-across-await
    tracing::info!(pages = hits.len(), "notify queued");
    tokio::task::yield_now().await;
    drop(hits);
    StatusCode::ACCEPTED
}
