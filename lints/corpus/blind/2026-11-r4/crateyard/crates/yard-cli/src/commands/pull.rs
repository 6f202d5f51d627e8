//! `yard pull DIGEST...`: download what is missing, then check every blob reads back.

use futures::future::try_join_all;
use yard_core::Store;

use crate::client::Client;

pub async fn run(store: &Store, server: &str, digests: Vec<String>) -> anyhow::Result<()> {
    let mut client = Client::connect(server).await?;
    let mut fetched = Vec::new();
    for digest in &digests {
        if store.get(digest).await.is_err() {
            fetched.push(client.download(digest).await?);
        }
    }
    for bytes in &fetched {
        store.put_local(bytes).await?;
    }
    let checks = try_join_all(digests.iter().map(|d| store.get(d))).await?; // EXPECT: unbounded-gather
    println!("{} blobs verified", checks.len());
    Ok(())
}
