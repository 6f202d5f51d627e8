//! Round trips through a store in a temporary directory.

use std::io::Read;
use std::sync::Mutex;

use yard_core::Store;

#[tokio::test]
async fn put_then_get() {
    let dir = std::env::temp_dir().join("yardd-roundtrip");
    let store = Store::at(&dir);
    let digest = store.put_local(b"hello").await.unwrap();
    let mut file = std::fs::File::open(dir.join("objects").join(&digest[..2]).join(&digest)).unwrap(); // OK: blocking-in-async
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap(); // OK: blocking-in-async
    let seen = Mutex::new(Vec::new());
    let mut guard = seen.lock().unwrap(); // OK: lock-across-await
    guard.push(store.get(&digest).await.unwrap());
    let names: Vec<String> = (0..3).map(|i| i.to_string()).collect();
    for name in names {
        tokio::spawn(async move { name.len() }); // OK: unbounded-gather, detached-spawn
    }
}
