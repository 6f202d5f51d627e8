use stash_core::config::Config;
use stash_core::index::Index;
use stash_core::remote::Remote;
use stash_core::store::Store;

/// Checks local objects against their keys while the remote is probed at the same time.
pub async fn run(cfg: &Config) -> anyhow::Result<()> {
    let store = Store::open(cfg.cache_dir.clone())?;
    let remote = Remote::new(cfg);
    let index = Index::load(&cfg.cache_dir.join("index.json")).await?;
    let (local, reachable) = tokio::join!(check_local(&store, &index), remote.ping());
    println!("{} bad objects, remote up: {}", local?, reachable.is_ok());
    Ok(())
}

async fn check_local(store: &Store, index: &Index) -> anyhow::Result<usize> {
    let mut bad = 0;
    for entry in index.entries.values() {
        let bytes = store.get(&entry.key).await?;
        if Store::key_of(&bytes) != entry.key {
            bad += 1;
        }
    }
    Ok(bad)
}
