//! The v1 replication loop, kept for reference while peers upgrade; no `mod` includes it.

use std::sync::Mutex;

pub async fn replicate(peers: Vec<String>, state: &Mutex<Vec<String>>) {
    let pending = state.lock().unwrap(); // OK: lock-across-await
    for peer in peers {
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
            let _ = tokio::net::TcpStream::connect(peer).await;
        });
    }
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    std::thread::sleep(std::time::Duration::from_secs(pending.len() as u64)); // OK: blocking-in-async
}
