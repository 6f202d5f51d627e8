//! `quillsyncd`: keeps a notes folder in sync with a set of peers and a remote backend.

mod actor;
mod backend;
mod persist;
mod peers;
mod scan;
mod watch;

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg: peers::PeerConfig = serde_json::from_str(&std::fs::read_to_string("quill.json")?)?; // OK: blocking-in-async
    let shutdown = CancellationToken::new();
    let backend: Arc<dyn backend::Backend> = Arc::new(backend::http::HttpBackend::new(&cfg.backend_url));
    let (state, handle) = actor::State::new(backend.clone());
    let actor_task = tokio::spawn(state.run(shutdown.clone()));
    let persister = tokio::spawn(persist::run(handle.clone(), cfg.state_file.clone(), shutdown.clone()));
    tokio::spawn(peers::gossip(cfg.clone(), handle.clone(), shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(watch::watch_folder(cfg.notes_dir.clone(), handle.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let summary = scan::initial_scan(&cfg.notes_dir, &handle).await?;
    tracing::info!(files = summary, "initial scan done");
    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    let _ = tokio::join!(actor_task, persister);
    Ok(())
}
