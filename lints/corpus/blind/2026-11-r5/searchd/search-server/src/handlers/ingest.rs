//! `POST /ingest` (one document per line of the body) and `POST /reindex`.

use axum::extract::State;
use axum::http::StatusCode;
use futures::future::{join_all, try_join_all};
use futures::stream::{FuturesUnordered, StreamExt};
use search_store::DocRow;

use crate::state::AppState;

struct Incoming {
    id: i64,
    body: String,
}

fn parse_line(line: &str) -> Option<Incoming> {
    let (id, body) = line.split_once('\t')?;
    Some(Incoming { id: id.parse().ok()?, body: body.to_string() })
}

pub async fn ingest(State(app): State<AppState>, body: String) -> StatusCode {
    app.db.ensure_schema().await.ok();
    let mut docs = Vec::new();
    for line in body.lines() {
        if let Some(doc) = parse_line(line) {
            docs.push(doc);
        }
    }
    tracing::info!(count = docs.len(), "ingesting");
    let added = join_all(docs.iter().map(|doc| app.index.add(doc.id, &doc.body))).await; // EXPECT: unbounded-gather
    if added.iter().any(Result::is_err) {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    for batch in docs.chunks(50) {
        try_join_all(batch.iter().map(|doc| app.db.mark_indexed(doc.id))).await.ok(); // OK: unbounded-gather
    }
    app.index.commit(); // EXPECT: unawaited-future
    let notify = |id: i64| async move { tracing::debug!(id, "ingested") };
    notify(docs.len() as i64); // EXPECT: unawaited-future
    app.index.write_marker().ok(); // EXPECT: blocking-in-async
    StatusCode::ACCEPTED
}

pub async fn reindex(State(app): State<AppState>) -> Result<StatusCode, StatusCode> {
    let pending = app.db.pending_docs().await.map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let mut tasks = tokio::task::JoinSet::new();
    for row in pending {
        let index = app.index.clone();
        tasks.spawn(async move { index.add(row.id, &row.body).await }); // EXPECT: unbounded-gather
    }
    while tasks.join_next().await.is_some() {}

    let stale: Vec<DocRow> = sqlx::query_as("SELECT id, url, body FROM docs WHERE stale")
        .fetch_all(&app.db.pool)
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let mut refetch: FuturesUnordered<_> = stale.iter().map(|row| reqwest::get(row.url.clone())).collect(); // EXPECT: unbounded-gather
    while let Some(_page) = refetch.next().await {}

    let mut limited = Vec::new();
    for row in &stale {
        let permits = app.limiter.clone();
        let db = app.db.clone();
        let id = row.id;
        limited.push(tokio::spawn(async move { // OK: unbounded-gather
            let _permit = permits.acquire_owned().await.ok()?;
            db.mark_indexed(id).await.ok()
        }));
    }
    join_all(limited).await;

    let mut capped = tokio::task::JoinSet::new();
    for row in stale {
        while capped.len() >= 8 {
            capped.join_next().await;
        }
        let db = app.db.clone();
        capped.spawn(async move { db.touch(row.id).await }); // OK: unbounded-gather
    }
    while capped.join_next().await.is_some() {}
    let refresh = app.index.refresh();
    refresh.await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?; // OK: unawaited-future
    tokio::join!(app.index.commit(), app.db.touch(0)).0.ok(); // OK: unawaited-future
    Ok(StatusCode::OK)
}
