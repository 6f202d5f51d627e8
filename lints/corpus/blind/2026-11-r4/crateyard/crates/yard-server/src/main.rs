//! `yardd`: the cache server. Startup reads the config and the index, then the HTTP routes and
//! the peer uploader run side by side until the process is stopped.

mod config;
mod routes;
mod state;
mod uploader;

use std::sync::{Arc, Mutex};

use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;
use yard_core::{Index, RepoLock, Store};

use crate::config::Config;
use crate::state::{AppState, Stats};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "yardd.json".into());
    let config = Config::read(&path)?; // OK: blocking-in-async
    let _lock = RepoLock::acquire(&config.root).await?;
    let index_text = std::fs::read_to_string(config.root.join("index.json"))?; // OK: blocking-in-async
    let index: Index = serde_json::from_str(&index_text)?;
    let state = AppState {
        store: Arc::new(Store::at(&config.root)),
        index: Arc::new(Mutex::new(index)),
        stats: Arc::new(Mutex::new(Stats::default())),
        settings: Arc::new(tokio::sync::RwLock::new(Default::default())),
        peers: config.peers.clone(),
    };
    tokio::spawn(uploader::run(state.clone(), config.upload_interval)); // EXPECT: detached-spawn // OK: untracked-spawn
    RepoLock::mark_initialized(&config.root).await?;
    let banner = std::fs::read_to_string(config.root.join("motd"))?; // EXPECT: blocking-in-async
    tracing::info!("{banner}");
    let names = config.pinned.clone();
    tokio::runtime::Handle::current().spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
            let pins = yard_blocking::resolve_all(&names); // EXPECT: block-on-in-async
            tracing::info!(count = pins.map(|p| p.len()).unwrap_or(0), "pins refreshed");
        }
    });

    let app = Router::new()
        .route("/objects/:digest", get(routes::get_object).put(routes::put_object))
        .route("/batch", post(routes::batch_get))
        .route("/prefetch", post(routes::prefetch))
        .route("/peers/health", get(routes::peer_health))
        .route("/admin/reindex", post(routes::reindex))
        .route("/admin/resolve/:name", get(routes::resolve))
        .route("/stats", get(routes::stats))
        .with_state(state);
    let listener = TcpListener::bind(&config.listen).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
