//! `vault push --to A --to B`: push the local changes to each server given.

use std::path::Path;

use futures::future::join_all;
use vault_core::backend::HttpBackend;
use vault_core::entry::Entry;
use vault_core::store::Store;

use crate::cli::PushArgs;

pub async fn run(db: &Path, args: PushArgs) -> anyhow::Result<()> {
    let store = Store::open(db)?; // OK: blocking-in-async
    let local = store.since(0)?; // OK: blocking-in-async
    let results = join_all(args.servers.iter().map(|server| push_one(server, &local))).await; // EXPECT: unbounded-gather
    for (server, result) in args.servers.iter().zip(results) {
        match result {
            Ok(()) => println!("{server}: ok"),
            Err(e) => eprintln!("{server}: {e:#}"),
        }
    }
    let backend = HttpBackend::new(&args.servers[0]);
    vault_core::sync::pull_into(&backend, 0); // EXPECT: unawaited-future
    Ok(())
}

async fn push_one(server: &str, local: &[Entry]) -> anyhow::Result<()> {
    let backend = HttpBackend::new(server);
    vault_core::sync::push_all(&backend, local).await
}
