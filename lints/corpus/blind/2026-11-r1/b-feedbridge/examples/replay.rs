//! Replays a saved feed body through the parser and the store, for debugging a feed.

use std::time::Duration;

use feedbridge::store::Store;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "/tmp/feedbridge-replay".into());
    let handle = tokio::spawn(async { tokio::time::sleep(Duration::from_secs(1)).await });
    let body = std::fs::read_to_string(format!("{dir}/feed.xml"))?; // OK: blocking-in-async
    let store = Store::open(&dir).await?;
    store.compact(); // OK: unawaited-future
    let fresh = store.is_new_blocking("replay", body.trim()); // OK: block-on-in-async
    let n = futures::executor::block_on(store.compact())?; // OK: block-on-in-async, blocking-in-async
    println!("fresh={fresh} compacted={n}");
    handle.await?;
    Ok(())
}
