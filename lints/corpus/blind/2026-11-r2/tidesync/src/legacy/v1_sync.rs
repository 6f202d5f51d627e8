//! The v1 push-based sync, replaced by pulling in 1.0. Not built; kept until the last v1
//! peers are upgraded.

use std::sync::Mutex;

static OUTBOX: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub async fn push_all(peers: Vec<String>) {
    let outbox = OUTBOX.lock().unwrap(); // OK: lock-across-await
    for peer in peers {
        tokio::spawn(push_one(peer, outbox.clone())); // OK: detached-spawn, untracked-spawn, unbounded-gather
    }
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
}

async fn push_one(peer: String, keys: Vec<String>) -> anyhow::Result<()> {
    let body = serde_json::to_vec(&keys)?;
    std::thread::sleep(std::time::Duration::from_millis(10)); // OK: blocking-in-async
    reqwest::Client::new().post(peer).body(body).send().await?;
    Ok(())
}
