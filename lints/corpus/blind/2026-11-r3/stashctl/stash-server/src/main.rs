//! `stashd`: serves the object store over HTTP to the build farm.

mod routes;
mod state;
mod uploader;

use std::sync::Arc;

use stash_core::index::Index;
use stash_core::store::Store;
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = stash_core::config::load(std::path::Path::new("/etc/stashd.json"))?; // OK: blocking-in-async
    let banner = std::fs::read_to_string("/etc/stashd.motd").unwrap_or_default(); // OK: blocking-in-async
    let index = Index::load(&cfg.cache_dir.join("index.json")).await?;
    let store = Store::open(cfg.cache_dir.clone())?;
    let (upload_tx, upload_rx) = tokio::sync::mpsc::channel(256);
    let state = Arc::new(state::AppState::new(store, index, upload_tx, cfg.clone()));

    let uploader = tokio::spawn(uploader::run(state.clone(), upload_rx));
    let allowlist = std::fs::read_to_string("/etc/stashd.allow")?; // EXPECT: blocking-in-async
    state.set_allowlist(allowlist.lines().map(str::to_string).collect());

    tracing::info!("{banner}");
    let listener = TcpListener::bind(("0.0.0.0", 7070)).await?;
    axum::serve(listener, routes::router(state)).await?;
    uploader.abort();
    Ok(())
}
