//! tidesyncd: holds a key-value state in memory, persists it in the background, and pulls
//! changes from the configured peers.

mod config;
mod daemon;
mod ipc;
mod operator;
mod peer;
mod persist;
mod store;

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/tidesync.toml".into());
    let cfg = config::Config::load(path.as_ref())?; // OK: blocking-in-async
    let initial = persist::read_snapshot(&cfg.state_file)?; // OK: blocking-in-async

    let shutdown = CancellationToken::new();
    let (store, store_task) = store::spawn(initial);
    let (persist_tx, persist_rx) = tokio::sync::mpsc::channel(16);
    let persister = persist::spawn_persister(cfg.state_file.clone(), persist_rx); // OK: detached-spawn, untracked-spawn
    let daemon = Arc::new(daemon::Daemon::new(cfg.clone(), store.clone(), persist_tx));

    for peer in cfg.peers.iter().cloned() {
        tokio::spawn(peer::peer_loop(daemon.clone(), peer)); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
    }

    let ipc_store = store.clone();
    std::thread::spawn(move || ipc::serve_socket(ipc_store)); // OK: detached-spawn, untracked-spawn

    let compactor = daemon.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(e) = compactor.compact().await {
            tracing::error!("startup compaction failed: {e:#}");
        }
    });

    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    daemon.flush_now().await?;
    drop(daemon);
    drop(store);
    persister.await?;
    store_task.await?;
    Ok(())
}
