//! Tasks that run beside the server.

use std::time::Duration;

pub async fn refresh_forever(config: String) {
    loop {
        std::thread::sleep(Duration::from_secs(30)); // EXPECT: blocking-in-async
        let _ = reload(&config).await;
    }
}

async fn reload(config: &str) -> std::io::Result<String> {
    std::fs::read_to_string(config) // EXPECT: blocking-in-async
}

pub async fn warm_cache() {
    let _ = std::fs::read("warm.bin"); // EXPECT: blocking-in-async
}

pub async fn ping_peers() {
    tokio::time::sleep(Duration::from_millis(10)).await;
}

/// Nothing in this program calls it: its callers are unseen, so it counts as running on
/// some task.
pub async fn rebuild_index() {
    let _ = std::fs::read_dir("index"); // EXPECT: blocking-in-async
}

#[async_trait::async_trait]
pub trait Store {
    async fn get(&self, key: &str) -> Option<Vec<u8>>;
}

pub struct DiskStore;

/// A trait of this crate, called below only from the sequential start: no evidence.
#[async_trait::async_trait]
impl Store for DiskStore {
    async fn get(&self, key: &str) -> Option<Vec<u8>> {
        std::fs::read(key).ok() // OK: blocking-in-async
    }
}

pub async fn first_key<S: Store>(store: &S) -> Option<Vec<u8>> {
    store.get("first").await
}

pub struct Greeter;

/// A trait declared outside the crate (a framework's): the framework calls it from its tasks.
#[async_trait::async_trait]
impl tower_like::Handler for Greeter {
    async fn call(&self, name: String) -> String {
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
        name
    }
}
