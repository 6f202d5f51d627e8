//! ledgerd: keeps a local append-only ledger in step with the accounting server.
//!
//! The daemon loads its config, opens the journal and the query index, then runs the sync
//! engine until ctrl-c.

mod config;
mod index;
mod journal;
mod remote;
mod snapshot;
mod sync;

use std::sync::Arc;

use anyhow::Context;
use tokio_util::sync::CancellationToken;
use tracing::info;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();

    let path = std::env::args().nth(1).unwrap_or_else(|| "ledgerd.toml".to_owned());
    let cfg = config::load(&path).with_context(|| format!("loading {path}"))?; // OK: blocking-in-async
    std::fs::create_dir_all(&cfg.data_dir)?; // OK: blocking-in-async
    let journal: Arc<journal::Journal> = Arc::new(journal::Journal::open(&cfg.data_dir)?); // OK: blocking-in-async
    let remote = Arc::new(remote::RemoteClient::new(&cfg)?);
    let engine = sync::Engine::new(cfg.clone(), journal.clone(), remote.clone());

    let shutdown = CancellationToken::new();
    let engine_task = tokio::spawn(engine.clone().run(shutdown.clone()));
    let snapshots = tokio::spawn(snapshot::schedule(cfg.clone(), journal.clone(), shutdown.clone()));

    std::fs::write(&cfg.pid_file, std::process::id().to_string())?; // EXPECT: blocking-in-async
    info!(pid_file = %cfg.pid_file.display(), "ledgerd running");

    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    engine_task.await??;
    snapshots.await??;
    journal.flush_to_disk()?; // EXPECT: blocking-in-async
    Ok(())
}
