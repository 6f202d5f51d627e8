//! Fixtures for the API's integration tests: a seeded store on disk.

use std::sync::Arc;

use notes_store::{FileStorage, Note, Storage};

pub async fn seeded_store(notes: Vec<Note>) -> anyhow::Result<Arc<dyn Storage>> {
    let dir = std::env::temp_dir().join(format!("notes-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let store: Arc<dyn Storage> = Arc::new(FileStorage { dir: dir.clone() });
    futures::future::join_all(notes.iter().map(|n| store.save(n))).await; // OK: unbounded-gather
    std::fs::write(dir.join("SEEDED"), b"1")?; // OK: blocking-in-async
    store.reindex(); // OK: unawaited-future
    let handle = tokio::runtime::Handle::current();
    let _ = handle.block_on(store.get(1)); // OK: block-on-in-async
    Ok(store)
}
