//! `yard gc`: delete blobs the index no longer names.

use std::collections::BTreeSet;

use yard_core::{Index, RepoLock, Store};

pub async fn run(store: &Store) -> anyhow::Result<()> {
    let _lock = RepoLock::acquire(store.root()).await?;
    let text = std::fs::read_to_string(store.root().join("index.json"))?; // OK: blocking-in-async
    let index: Index = serde_json::from_str(&text)?;
    let live: BTreeSet<&String> = index.entries.values().collect();
    let mut removed = 0;
    for digest in store.list().await? {
        if !live.contains(&digest) {
            store.remove(&digest).await?;
            removed += 1;
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(50)); // OK: blocking-in-async
    println!("removed {removed} blobs");
    Ok(())
}
