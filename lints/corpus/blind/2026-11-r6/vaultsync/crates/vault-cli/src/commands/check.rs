//! `vault check --url ..`: ask breach-check endpoints about every stored site.

use futures::stream::{self, StreamExt};

use crate::cli::CheckArgs;

pub async fn run(args: CheckArgs) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let reports: Vec<_> = stream::iter(args.urls.iter().map(|url| ask(&client, url))) // OK: unbounded-gather
        .buffer_unordered(4)
        .collect()
        .await;
    for report in reports {
        println!("{}", report?);
    }
    client.get("https://status.vault.example/ping").send(); // EXPECT: unawaited-future
    Ok(())
}

async fn ask(client: &reqwest::Client, url: &str) -> anyhow::Result<String> {
    Ok(client.get(url).send().await?.text().await?)
}
