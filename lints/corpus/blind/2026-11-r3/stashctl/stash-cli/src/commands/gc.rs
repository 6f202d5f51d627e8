use std::time::Duration;

use stash_core::config::Config;

pub async fn run(cfg: &Config, days: u64) -> anyhow::Result<()> {
    let removed = stash_core::gc::sweep(&cfg.cache_dir.join("objects"), Duration::from_secs(days * 86_400)).await?;
    println!("removed {removed} objects");
    Ok(())
}
