//! Handlers that glob-import the crate prelude.

use crate::prelude::*;

pub async fn download_size(path: &str) -> u64 {
    std::fs::read(path).map(|b| b.len() as u64).unwrap_or(0) // EXPECT: blocking-in-async
}

pub async fn handler(shared: Arc<String>) -> usize {
    let settings = read_settings(); // EXPECT: blocking-in-async
    sleep(5).await; // OK: blocking-in-async
    tokio::spawn(async {}); // OK: detached-spawn
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
    shared.len() + settings.len()
}
