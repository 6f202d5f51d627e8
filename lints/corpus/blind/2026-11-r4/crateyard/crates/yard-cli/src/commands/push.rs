//! `yard push PATH...`: store each build output locally, then upload it.

use std::io::Read;
use std::path::PathBuf;

use yard_core::{RepoLock, Store};

use crate::client::Client;
use crate::hooks;

pub async fn run(store: &Store, server: &str, paths: &[PathBuf]) -> anyhow::Result<()> {
    let _lock = RepoLock::acquire(store.root()).await?;
    let mut client = Client::connect(server).await?;
    for path in paths {
        let mut file = std::fs::File::open(path)?; // OK: blocking-in-async
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?; // OK: blocking-in-async
        let digest = store.put_local(&bytes).await?;
        client.upload(&digest, bytes).await?;
        println!("{digest}  {}", path.display());
    }
    for hook in hooks::configured(store.root()) { // OK: blocking-in-async
        let digest = hooks::pinned_digest(&hook); // EXPECT: block-on-in-async
        println!("hook {hook} -> {digest}");
    }
    Ok(())
}
