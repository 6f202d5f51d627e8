use stash_core::config::Config;
use stash_core::remote::Remote;
use stash_core::store::Store;

pub async fn run(cfg: &Config, keys: Vec<String>) -> anyhow::Result<()> {
    let store = Store::open(cfg.cache_dir.clone())?;
    let remote = Remote::new(cfg);
    for chunk in keys.chunks(32) {
        let present = remote.exists_batch(chunk).await;
        for (key, here) in chunk.iter().zip(present) {
            if !here {
                tracing::warn!(%key, "not on the remote");
                continue;
            }
            let bytes = stash_bridge::fetch_blocking(&remote, key)?; // EXPECT: block-on-in-async
            store.put_file(key, &bytes).await?;
        }
    }
    Ok(())
}
