//! `histd`: serves the history to the shell integration and syncs it in the background.

mod routes;
mod state;
mod ticker;

use std::sync::Arc;

use axum::routing::{get, post};
use axum::Router;

use crate::state::AppState;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let settings = hist_core::settings().await;
    let store = Arc::new(hist_core::Store::open(&settings.db_path).await?);
    let key = std::fs::read(&settings.key_path)?; // OK: blocking-in-async
    let state = AppState::new(store, key);

    tokio::spawn(ticker::sync_forever(state.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let motd = std::fs::read_to_string("/etc/histsync/motd").unwrap_or_default(); // EXPECT: blocking-in-async
    tracing::info!(%motd, "starting");

    let app = Router::new()
        .route("/search", get(routes::search))
        .route("/entries", post(routes::add))
        .route("/flush", post(routes::flush))
        .route("/stats", get(routes::stats))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind(&settings.listen).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
