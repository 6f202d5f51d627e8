//! The feedbridge daemon: loads the config, starts the pollers and the retry worker, and stops
//! them on ctrl-c.

use std::sync::Arc;
use std::time::Duration;

use feedbridge::notify::{Fanout, Item};
use feedbridge::poller::Poller;
use feedbridge::store::Store;
use feedbridge::BridgeConfig;
use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

async fn retry_worker(mut rx: mpsc::Receiver<Item>, http: reqwest::Client) {
    while let Some(item) = rx.recv().await {
        warn!(id = %item.id, "retrying later");
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(http.clone());
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path = std::env::args().nth(1).unwrap_or_else(|| "feedbridge.json".into());
    let cfg: BridgeConfig = serde_json::from_str(&std::fs::read_to_string(&path)?)?; // OK: blocking-in-async
    let store = Arc::new(Store::open(&cfg.state_dir).await?);
    let (live, _) = broadcast::channel(128);
    let (retry, retry_rx) = mpsc::channel(128);
    let (audit, mut audit_rx) = mpsc::unbounded_channel();
    let fanout = Arc::new(Fanout { live, retry, audit });

    let shutdown = CancellationToken::new();
    let retries = tokio::spawn(retry_worker(retry_rx, reqwest::Client::new()));
    let poller = Poller::new(cfg.clone(), store.clone(), fanout.clone());
    let polling = tokio::spawn(poller.clone().run(shutdown.clone()));

    let audit_file = format!("{}/audit.log", cfg.state_dir);
    let mut audit_out = std::fs::OpenOptions::new().create(true).append(true).open(&audit_file)?; // EXPECT: blocking-in-async
    loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            Some(line) = audit_rx.recv() => {
                use std::io::Write;
                writeln!(audit_out, "{line}")?;
            }
        }
    }
    shutdown.cancel();
    polling.await?;
    retries.abort();
    std::thread::sleep(Duration::from_millis(100)); // EXPECT: blocking-in-async
    info!("feedbridge stopped");
    Ok(())
}
