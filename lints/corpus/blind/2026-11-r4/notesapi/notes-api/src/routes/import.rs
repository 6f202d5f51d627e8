//! `/import`: a plain-text upload with one note title per line, and imports from a folder.

use std::path::PathBuf;

use axum::extract::State;
use axum::http::StatusCode;
use futures::stream::{FuturesUnordered, Stream, StreamExt};
use notes_store::{Note, Storage};

use crate::state::AppState;

pub async fn upload(State(state): State<AppState>, body: String) -> Result<String, StatusCode> {
    let saves: Vec<_> = body
        .lines()
        .enumerate()
        .map(|(i, title)| save_titled(&state, i as u64, title))
        .collect();
    let results = futures::future::join_all(saves).await; // EXPECT: unbounded-gather
    let ok = results.iter().filter(|r| r.is_ok()).count();
    let first_ten: Vec<_> = body.lines().take(10).map(|title| save_titled(&state, 0, title)).collect();
    futures::future::join_all(first_ten).await; // OK: unbounded-gather
    Ok(format!("{ok} imported"))
}

async fn save_titled(state: &AppState, id: u64, title: &str) -> anyhow::Result<()> {
    state.storage.save(&Note { id, title: title.to_string(), body: String::new() }).await
}

/// Import every `.json` file of a folder on the server.
pub async fn import_folder(storage: &dyn Storage, dir: PathBuf) -> anyhow::Result<usize> {
    let mut entries = tokio::fs::read_dir(&dir).await?;
    let mut pending = FuturesUnordered::new();
    while let Some(entry) = entries.next_entry().await? {
        pending.push(import_file(storage, entry.path())); // EXPECT: unbounded-gather
    }
    let mut imported = 0;
    while let Some(result) = pending.next().await {
        imported += usize::from(result.is_ok());
    }
    Ok(imported)
}

async fn import_file(storage: &dyn Storage, path: PathBuf) -> anyhow::Result<()> {
    let bytes = tokio::fs::read(&path).await?;
    storage.save(&serde_json::from_slice(&bytes)?).await
}

/// Import notes as a peer streams them, eight at a time.
pub async fn import_stream<S: Stream<Item = Note> + Unpin>(storage: &dyn Storage, notes: S) -> usize {
    notes
        .map(|note| async move { storage.save(&note).await.is_ok() })
        .buffer_unordered(8) // OK: unbounded-gather
        .filter(|ok| futures::future::ready(*ok))
        .count()
        .await
}

/// Import notes as a peer streams them, all at once (kept for the sync protocol; unused).
pub async fn import_stream_eager<S: Stream<Item = Note> + Unpin>(storage: std::sync::Arc<dyn Storage>, mut notes: S) {
    let mut tasks = tokio::task::JoinSet::new();
    while let Some(note) = notes.next().await {
        let storage = storage.clone();
        tasks.spawn(async move { storage.save(&note).await }); // OK: unbounded-gather
    }
    while tasks.join_next().await.is_some() {}
}
