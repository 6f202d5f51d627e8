//! Background work: the ingestion queue, the event log, the reindex workers.

use std::sync::Arc;

use search_index::doc::Doc;
use search_index::index::Index;
use tokio::sync::{mpsc, Mutex, Semaphore};

use crate::state::App;

async fn index_doc(app: App, doc: Doc) -> anyhow::Result<()> {
    let id = doc.id.clone();
    app.index.add(doc).await?;
    search_index::db::mark_indexed(&app.pool, &id).await
}

/// Takes documents off the queue; each is indexed in a task of its own.
pub async fn drain(app: App, mut rx: mpsc::Receiver<Doc>) {
    while let Some(doc) = rx.recv().await {
        tokio::spawn(index_doc(app.clone(), doc)); // EXPECT: unbounded-gather, detached-spawn // OK: untracked-spawn
    }
}

pub async fn log_events(mut rx: mpsc::UnboundedReceiver<String>) {
    while let Some(event) = rx.recv().await {
        tracing::info!(%event, "index event");
    }
}

/// The reindex pool: a fixed number of workers sharing one queue of pending rows.
pub fn start_workers(app: &App) {
    let (tx, rx) = mpsc::channel::<Doc>(app.workers * 2);
    let rx = Arc::new(Mutex::new(rx));
    for _ in 0..app.workers {
        let rx = rx.clone();
        let app = app.clone();
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
            loop {
                let next = rx.lock().await.recv().await; // OK: lock-across-await
                let Some(doc) = next else { break };
                if let Err(e) = index_doc(app.clone(), doc).await {
                    tracing::warn!(error = %e, "reindex failed");
                }
            }
        });
    }
    let feeder = app.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        match search_index::db::pending_docs(&feeder.pool).await {
            Ok(rows) => {
                for row in rows {
                    if tx.send(row).await.is_err() {
                        break;
                    }
                }
            }
            Err(e) => tracing::error!(error = %e, "cannot list pending docs"),
        }
    });
}

/// Reindexes every pending row at once.
pub async fn reindex_now(app: App) -> anyhow::Result<usize> {
    let rows = search_index::db::pending_docs(&app.pool).await?;
    let n = rows.len();
    for row in rows {
        tokio::spawn(index_doc(app.clone(), row)); // EXPECT: unbounded-gather, detached-spawn // OK: untracked-spawn
    }
    Ok(n)
}

/// Reindexes pending rows, at most eight at a time.
pub async fn reindex_limited(app: App) -> anyhow::Result<()> {
    let limit = Arc::new(Semaphore::new(8));
    let rows = search_index::db::pending_docs(&app.pool).await?;
    let mut handles = Vec::new();
    for row in rows {
        let permit = limit.clone().acquire_owned().await?;
        let app = app.clone();
        handles.push(tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
            let _permit = permit;
            index_doc(app, row).await
        }));
    }
    for handle in handles {
        handle.await??;
    }
    Ok(())
}

/// Reindexes pending rows in batches of 64.
pub async fn reindex_batched(app: App) -> anyhow::Result<()> {
    let rows = search_index::db::pending_docs(&app.pool).await?;
    for chunk in rows.chunks(64) {
        futures::future::try_join_all(chunk.iter().cloned().map(|row| index_doc(app.clone(), row))).await?; // OK: unbounded-gather
    }
    Ok(())
}
