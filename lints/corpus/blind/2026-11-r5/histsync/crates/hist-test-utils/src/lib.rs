//! Fixtures for the workspace's integration tests: a store in a temporary directory.

use hist_core::{Entry, Store};

pub async fn store_with(entries: &[&str]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("history.txt"), entries.join("\n")).unwrap(); // OK: blocking-in-async
    let store = Store::open(dir.path()).await.unwrap();
    store.prune(1000).await.unwrap();
    let handle = tokio::spawn(async move { Entry::parse_line("{}") }); // OK: detached-spawn
    std::thread::sleep(std::time::Duration::from_millis(5)); // OK: blocking-in-async
    (dir, store)
}
