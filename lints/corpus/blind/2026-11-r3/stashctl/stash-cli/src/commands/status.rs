use std::sync::Arc;

use stash_core::config::Config;
use stash_core::remote::Remote;
use tokio::sync::Mutex;

pub async fn run(cfg: &Config) -> anyhow::Result<()> {
    let remote = Remote::new(cfg);
    let pins = Arc::new(Mutex::new(cfg.mirrors.clone()));
    let pinned = stash_bridge::pinned_keys(&pins); // EXPECT: block-on-in-async
    let up = tokio::task::spawn_blocking({
        let remote = remote.clone();
        move || stash_bridge::ping_blocking(&remote) // OK: block-on-in-async
    })
    .await?;
    let reachable = tokio::task::block_in_place(|| stash_bridge::ping_blocking(&remote)); // OK: block-on-in-async
    println!("{} pins, remote up: {up}/{reachable}", pinned.len());
    Ok(())
}
