//! Admin routes: segment dumps, exports, reindexing, embedding, directory import.

use std::io::{BufWriter, Write};

use axum::extract::{Path, State};
use axum::Json;
use futures::stream::{FuturesUnordered, StreamExt};
use search_index::doc::Doc;
use search_index::index::Index;

use crate::jobs;
use crate::state::App;

pub async fn dump_segment(State(app): State<App>, Path(name): Path<String>) -> Result<Vec<u8>, String> {
    let _ = app.events_tx.send(format!("dump {name}")); // OK: unawaited-future
    let path = std::path::Path::new("/var/lib/search/segments").join(&name);
    search_index::segment::read_segment(&path).map_err(|e| e.to_string()) // EXPECT: blocking-in-async
}

pub async fn export(State(app): State<App>) -> Result<String, String> {
    let hits = app.index.search("").await.map_err(|e| e.to_string())?;
    let file = std::fs::File::create("/var/lib/search/export.jsonl").map_err(|e| e.to_string())?; // EXPECT: blocking-in-async
    let mut out = BufWriter::new(file);
    for hit in &hits {
        writeln!(out, "{}", hit.id).map_err(|e| e.to_string())?;
    }
    Ok(format!("{} exported", hits.len()))
}

pub async fn reindex(State(app): State<App>) -> Result<String, String> {
    let count = app.index.count().await;
    app.index.commit(); // EXPECT: unawaited-future
    let started = jobs::reindex_now(app.clone()).await.map_err(|e| e.to_string())?;
    jobs::reindex_limited(app.clone()).await.map_err(|e| e.to_string())?;
    jobs::reindex_batched(app).await.map_err(|e| e.to_string())?;
    Ok(format!("{count} pending, {started} started"))
}

async fn embed(http: &reqwest::Client, doc: &Doc) -> anyhow::Result<Vec<f32>> {
    Ok(http.post("http://embedder.internal/embed").json(&doc.body).send().await?.json().await?)
}

pub async fn embed_pending(State(app): State<App>) -> Result<String, String> {
    let rows = sqlx::query_as::<_, Doc>("SELECT id, title, body FROM docs WHERE embedding IS NULL")
        .fetch_all(&app.pool)
        .await
        .map_err(|e| e.to_string())?;
    let mut pending: FuturesUnordered<_> = rows.iter().map(|doc| embed(&app.http, doc)).collect(); // EXPECT: unbounded-gather
    let mut done = 0;
    while let Some(result) = pending.next().await {
        done += usize::from(result.is_ok());
    }
    Ok(format!("{done} embedded"))
}

pub async fn import_dir(State(app): State<App>, Json(dir): Json<String>) -> Result<String, String> {
    let mut entries = tokio::fs::read_dir(&dir).await.map_err(|e| e.to_string())?;
    let mut handles = Vec::new();
    while let Some(entry) = entries.next_entry().await.map_err(|e| e.to_string())? {
        let app = app.clone();
        handles.push(tokio::spawn(async move { // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
            let bytes = tokio::fs::read(entry.path()).await?;
            let doc: Doc = serde_json::from_slice(&bytes)?;
            app.index.add(doc).await
        }));
    }
    let total = handles.len();
    for handle in handles {
        let _ = handle.await;
    }
    Ok(format!("{total} imported"))
}
