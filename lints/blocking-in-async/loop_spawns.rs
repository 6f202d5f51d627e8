//! A loop that starts tasks which outlive the iteration: from its second iteration on, the
//! whole body runs beside them, including the lines above the spawn. A CLI's sequential
//! flow that does this is no longer sequential there.

use std::collections::BTreeMap;

use tokio::task::JoinSet;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let assets: BTreeMap<String, String> = BTreeMap::new();
    fetch_all(&assets).await?;
    queue_all(&assets).await?;
    verify_each(&assets).await?;
    checksum_one_by_one(&assets).await?;
    Ok(())
}

/// The local check of iteration two stalls the downloads spawned in iteration one, which run
/// while the loop awaits its rate limit.
async fn fetch_all(assets: &BTreeMap<String, String>) -> std::io::Result<()> {
    let mut downloads = JoinSet::new();
    for (name, url) in assets {
        if let Ok(bytes) = std::fs::read(name) { // EXPECT: blocking-in-async
            if !bytes.is_empty() {
                continue;
            }
        }
        let url = url.clone();
        downloads.spawn(async move { url.len() });
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    while downloads.join_next().await.is_some() {}
    Ok(())
}

/// A loop that never awaits: on a current-thread runtime its tasks start only after it, so
/// its reads stall nothing that could run (on a multi-thread one, other workers take them).
async fn queue_all(assets: &BTreeMap<String, String>) -> std::io::Result<()> {
    let mut downloads = JoinSet::new();
    for (name, url) in assets {
        if std::fs::read(name).is_ok() { // OK: blocking-in-async
            continue;
        }
        let url = url.clone();
        downloads.spawn(async move { url.len() });
    }
    while downloads.join_next().await.is_some() {}
    Ok(())
}

/// Each task is awaited in its own iteration: nothing outlives it, the flow stays
/// sequential.
async fn verify_each(assets: &BTreeMap<String, String>) -> std::io::Result<()> {
    for name in assets.keys() {
        let text = std::fs::read_to_string(name)?; // OK: blocking-in-async
        let check = tokio::spawn(async move { text.len() });
        check.await.ok();
    }
    Ok(())
}

/// No task at all: a sequential loop.
async fn checksum_one_by_one(assets: &BTreeMap<String, String>) -> std::io::Result<()> {
    for name in assets.keys() {
        let bytes = std::fs::read(name)?; // OK: blocking-in-async
        println!("{name}: {}", bytes.len());
    }
    Ok(())
}
