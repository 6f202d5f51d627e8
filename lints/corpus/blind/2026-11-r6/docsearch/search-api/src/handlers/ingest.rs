//! Ingestion: by ids (fetched from the document store), as JSON documents, or as a feed file.

use std::time::Duration;

use axum::extract::State;
use axum::Json;
use futures::future::{join_all, try_join_all};
use search_index::doc::Doc;
use search_index::index::Index;
use tokio::io::AsyncBufReadExt;
use tokio::task::JoinSet;

use crate::state::App;

async fn fetch_doc(http: &reqwest::Client, id: &str) -> anyhow::Result<Doc> {
    Ok(http.get(format!("http://docstore.internal/docs/{id}")).send().await?.json().await?)
}

/// The body is one document id per line.
pub async fn by_ids(State(app): State<App>, body: String) -> Result<String, String> {
    let ids: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    tracing::info!(count = ids.len(), "ingest by ids");
    let _ = app.events_tx.send(format!("ingest {}", ids.len())); // OK: unawaited-future
    let fetched = join_all(ids.iter().map(|id| fetch_doc(&app.http, id))).await; // EXPECT: unbounded-gather
    let mut added = 0;
    for doc in fetched.into_iter().flatten() {
        let _ = app.jobs_tx.send(doc); // EXPECT: unawaited-future
        added += 1;
    }
    Ok(format!("{added} queued"))
}

pub async fn docs(State(app): State<App>, Json(batch): Json<Vec<Doc>>) -> Result<(), String> {
    try_join_all(batch.into_iter().map(|doc| app.index.add(doc))).await.map_err(|e| e.to_string())?; // EXPECT: unbounded-gather
    let commit = app.index.commit(); // OK: unawaited-future
    tracing::debug!("committing");
    commit.await.map_err(|e| e.to_string())?;
    Ok(())
}

/// A feed file on the shared volume: one URL per line.
pub async fn feed(State(app): State<App>, Json(path): Json<String>) -> Result<String, String> {
    let file = tokio::fs::File::open(&path).await.map_err(|e| e.to_string())?;
    let mut lines = tokio::io::BufReader::new(file).lines();
    let mut set = JoinSet::new();
    while let Some(url) = lines.next_line().await.map_err(|e| e.to_string())? {
        let http = app.http.clone();
        set.spawn(async move { http.get(url).send().await?.json::<Doc>().await }); // EXPECT: unbounded-gather
    }
    let mut count = 0;
    while let Some(done) = set.join_next().await {
        if let Ok(Ok(doc)) = done {
            app.jobs_tx.send(doc).await.map_err(|e| e.to_string())?;
            count += 1;
        } else {
            tokio::time::sleep(Duration::from_millis(50)); // EXPECT: unawaited-future
        }
    }
    Ok(format!("{count} fetched"))
}
