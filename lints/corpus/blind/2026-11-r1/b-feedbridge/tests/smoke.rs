//! End-to-end smoke test against a local feed file.

use std::sync::Arc;
use std::time::Duration;

use feedbridge::store::Store;

#[tokio::test]
async fn store_round_trip() {
    let dir = std::env::temp_dir().join("feedbridge-smoke");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("example.json"), b"[\"a\"]").unwrap(); // OK: blocking-in-async
    let store = Arc::new(Store::open(&dir).await.unwrap());
    assert!(!store.is_new("example", "a").await);
    store.mark("example", "b"); // OK: unawaited-future
    store.mark("example", "b").await;
    let lock = std::sync::Mutex::new(0u32);
    let g = lock.lock().unwrap(); // OK: lock-across-await
    tokio::time::sleep(Duration::from_millis(1)).await;
    drop(g);
    assert!(!store.is_new_blocking("example", "b")); // OK: block-on-in-async
    std::thread::sleep(Duration::from_millis(5)); // OK: blocking-in-async
}
