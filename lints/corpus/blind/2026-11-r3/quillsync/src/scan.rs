use std::path::Path;

use futures::stream::{self, StreamExt};

use crate::actor::Handle;

/// Loads every note of the folder into the state once at startup.
pub async fn initial_scan(dir: &Path, handle: &Handle) -> anyhow::Result<usize> {
    let mut entries = tokio::fs::read_dir(dir).await?;
    let mut tasks = Vec::new();
    while let Some(entry) = entries.next_entry().await? {
        let handle = handle.clone();
        tasks.push(tokio::spawn(async move { // EXPECT: unbounded-gather
            let body = tokio::fs::read(entry.path()).await?;
            handle.put(entry.file_name().to_string_lossy().into_owned(), body).await
        }));
    }
    let count = tasks.len();
    for task in tasks {
        task.await??;
    }
    Ok(count)
}

/// Re-reads the files a peer listed, eight at a time.
pub async fn reread(dir: &Path, names: Vec<String>, handle: &Handle) -> usize {
    stream::iter(names).map(|name| async move { // OK: unbounded-gather
        let body = tokio::fs::read(dir.join(&name)).await.ok()?;
        handle.put(name, body).await.ok()
    }).buffer_unordered(8).filter_map(|x| async move { x }).count().await
}
