//! ledger-ctl: operator commands against a running node.

use anyhow::{bail, Context};
use ledger_sync::shard::Transfer;
use tokio::task::JoinSet;

async fn post(client: reqwest::Client, url: String, t: Transfer) -> anyhow::Result<()> {
    client.post(url).json(&vec![t]).send().await?.error_for_status()?;
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let node = std::env::var("LEDGER_NODE").unwrap_or_else(|_| "http://127.0.0.1:7400".into());
    let client = reqwest::Client::new();
    match args.get(1).map(String::as_str) {
        Some("import") => {
            let file = args.get(2).context("usage: ledger-ctl import <transfers.json>")?;
            let transfers: Vec<Transfer> = serde_json::from_str(&tokio::fs::read_to_string(file).await?)?;
            let url = format!("{node}/transfers");
            let mut set = JoinSet::new();
            for t in transfers {
                set.spawn(post(client.clone(), url.clone(), t)); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
            }
            let mut failed = 0;
            while let Some(done) = set.join_next().await {
                if !matches!(done, Ok(Ok(()))) {
                    failed += 1;
                }
            }
            println!("import done, {failed} failed");
        }
        Some("compact") => {
            let shard: u32 = args.get(2).context("usage: ledger-ctl compact <shard>")?.parse()?;
            client.post(format!("{node}/shards/{shard}/compact")).send().await?.error_for_status()?;
        }
        _ => bail!("commands: import <file>, compact <shard>"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_log::test(tokio::test)]
    async fn import_posts_every_transfer() {
        let client = reqwest::Client::new();
        let list: Vec<Transfer> = serde_json::from_str("[]").unwrap();
        for t in list {
            tokio::spawn(post(client.clone(), "http://127.0.0.1:9/transfers".into(), t)); // OK: detached-spawn, untracked-spawn, unbounded-gather
        }
    }
}
