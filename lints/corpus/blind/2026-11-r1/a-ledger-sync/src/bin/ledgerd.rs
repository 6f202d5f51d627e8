//! ledgerd: the ledger node daemon.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use ledger_sync::cluster::gossip;
use ledger_sync::config::NodeConfig;
use ledger_sync::{api, gc, ingest, tasks::Tasks, Node};
use tokio::net::TcpListener;
use tokio::spawn as spawn_task;
use tokio::sync::{mpsc, oneshot, watch};

async fn report_lag(node: &Node) {
    match node.db().expired_holds().await {
        Ok(h) if !h.is_empty() => tracing::info!(expired = h.len(), "holds waiting for gc"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "lag report failed"),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber_init();
    let path = std::env::var("LEDGER_CONFIG").unwrap_or_else(|_| "ledger.json".into());
    let raw = tokio::fs::read_to_string(&path).await.with_context(|| format!("reading {path}"))?;
    let cfg: NodeConfig = serde_json::from_str(&raw).context("parsing the node configuration")?;
    let listen = cfg.listen;
    let gossip_every = cfg.gossip_every;

    let node = Node::start(cfg).await?;
    let tasks = Tasks::default();

    let gc_task = spawn_task(gc::run(node.db().clone(), Duration::from_secs(60))); // EXPECT: detached-spawn // OK: untracked-spawn

    let (stop_gossip, gossip_stop_rx) = watch::channel(false);
    gossip::start(Arc::new(ledger_sync::cluster::Cluster::from_config(node.config())), gossip_every, gossip_stop_rx);

    let (tx, rx) = mpsc::channel(1024);
    let ingest_node = node.clone();
    let ingest_token = tasks.token();
    let ingest = tokio::spawn(async move { ingest::run(ingest_node, rx, ingest_token).await }); // OK: detached-spawn, untracked-spawn

    let (stop_lag, stop_lag_rx) = oneshot::channel::<()>();
    let lag_node = node.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut stop = stop_lag_rx;
        let mut tick = tokio::time::interval(Duration::from_secs(15));
        loop {
            tokio::select! {
                _ = &mut stop => return,
                _ = tick.tick() => report_lag(&lag_node).await,
            }
        }
    });

    let listener = TcpListener::bind(listen).await?;
    let server = tokio::spawn(async move { axum::serve(listener, api::router(node.clone())).await }); // OK: detached-spawn, untracked-spawn

    tokio::signal::ctrl_c().await?;
    drop(tx);
    let _ = stop_gossip.send(true);
    let _ = stop_lag.send(());
    tasks.shutdown().await;
    ingest.await?;
    server.abort();
    Ok(())
}

fn tracing_subscriber_init() {}
