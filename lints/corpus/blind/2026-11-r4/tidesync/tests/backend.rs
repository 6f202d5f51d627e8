//! The local backend against a temporary directory.

use std::sync::Mutex;

#[tokio::test]
async fn local_roundtrip() {
    let dir = std::env::temp_dir().join("tidesync-test");
    std::fs::create_dir_all(&dir).unwrap();
    let log = Mutex::new(Vec::<String>::new());
    let mut entries = log.lock().unwrap(); // OK: lock-across-await
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    entries.push(std::fs::read_to_string(dir.join("x")).unwrap_or_default()); // OK: blocking-in-async
    let rt = tokio::runtime::Handle::current();
    std::thread::spawn(move || rt.block_on(async {})).join().unwrap(); // OK: block-on-in-async
}
