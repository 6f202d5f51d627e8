mod cache;
mod fetcher;
mod flag;
mod watcher;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use cache::FlagCache;
use fetcher::FlagFetcher;
use flag::Flag;
use watcher::Watcher;

fn seed_flags() -> Vec<Flag> {
    ["checkout.new-flow", "search.semantic", "billing.invoice-v2"]
        .into_iter()
        .enumerate()
        .map(|(i, key)| Flag {
            key: key.to_owned(),
            enabled: true,
            rollout_percent: 25 * (i as u8 + 1),
            version: 1,
            allow_list: vec!["qa-team".to_owned()],
        })
        .collect()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let fetcher = Arc::new(FlagFetcher::new("https://flags.internal/v1", seed_flags()));
    let cache = Arc::new(FlagCache::new(Arc::clone(&fetcher)));
    let mut changes = cache.subscribe();

    cache.ready().await?;
    cache.set_override("search.semantic", false).await?;
    cache.sync_overrides().await?;

    for subject in ["user-1", "user-2", "qa-team"] {
        let on = cache.is_enabled("checkout.new-flow", subject).await?;
        println!("checkout.new-flow for {subject}: {on}");
    }
    println!("invoice-v2 version {:?}", cache.version_of("billing.invoice-v2").await?);

    fetcher
        .publish(Flag {
            key: "checkout.new-flow".into(),
            enabled: true,
            rollout_percent: 100,
            version: 2,
            allow_list: Vec::new(),
        })
        .await;
    if !cache.revalidate("checkout.new-flow").await? {
        cache.apply_remote("checkout.new-flow").await?;
    }

    let watcher = Watcher::new(Arc::clone(&cache), Arc::clone(&fetcher), Duration::from_millis(100));
    let (stop_tx, stop_rx) = watch::channel(false);
    let (stats_tx, mut stats_rx) = mpsc::channel(4);
    tokio::select! {
        res = watcher.run(stop_rx) => res?,
        _ = tokio::time::sleep(Duration::from_millis(450)) => {
            stop_tx.send(true)?;
        }
    }
    watcher.publish_stats(&stats_tx).await?;
    println!("watcher: {:?}", stats_rx.recv().await);

    while let Ok(change) = changes.try_recv() {
        println!("change: {change:?}");
    }
    let (export_tx, mut export_rx) = mpsc::channel(1);
    cache.export(&export_tx).await?;
    println!("{}", export_rx.recv().await.unwrap_or_default());
    println!("evaluations: {:?}", cache.evaluate_batch(vec!["a".into(), "b".into()]).await?);
    println!("{} flags from {}, {} subscribers kept", cache.len(), fetcher.endpoint(), cache.resync_subscribers().await);
    Ok(())
}
