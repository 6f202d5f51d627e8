//! cachepotd: a build-artifact cache server. Artifacts live on disk under their key, their
//! metadata in SQLite; an optional upstream cache is consulted on a miss.

mod auth;
mod evictor;
mod journal;
mod routes;
mod state;
mod storage;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use sqlx::Row;
use sqlx::sqlite::SqlitePoolOptions;

use crate::state::AppState;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let root = PathBuf::from(std::env::var("CACHEPOT_ROOT").unwrap_or_else(|_| "/var/cache/cachepot".into()));
    std::fs::create_dir_all(root.join("objects"))?; // OK: blocking-in-async
    let tokens = std::fs::read_to_string(root.join("tokens.txt"))?; // OK: blocking-in-async
    let db = SqlitePoolOptions::new()
        .max_connections(8)
        .connect(&format!("sqlite://{}", root.join("meta.db").display()))
        .await?;
    let journal = journal::Journal::open(&root.join("journal.log"))?; // OK: blocking-in-async
    let upstream = match std::env::var("CACHEPOT_UPSTREAM") {
        Ok(url) => Some(cachepot_client::CacheClient::new(url)?),
        Err(_) => None,
    };

    let (evict_tx, evict_rx) = tokio::sync::mpsc::channel(1024);
    let state = AppState::new(root.clone(), db.clone(), journal, upstream, evict_tx, auth::TokenSet::parse(&tokens));
    let state = Arc::new(state);

    // Warm the upstream tier with the keys that were hot before the restart.
    if let Some(up) = state.upstream.clone() {
        let rows = sqlx::query("SELECT key FROM hot_keys").fetch_all(&db).await?;
        let keys: Vec<String> = rows.iter().map(|r| r.get::<String, _>("key")).collect();
        futures::future::join_all(keys.iter().map(|k| up.lookup(k))).await; // EXPECT: unbounded-gather
    }

    tokio::spawn(evictor::run(state.clone(), evict_rx)); // EXPECT: detached-spawn // OK: untracked-spawn
    let gc = tokio::spawn(storage::sweep_orphans(state.clone())); // OK: detached-spawn, untracked-spawn, unawaited-future

    let app = routes::router(state.clone());
    let addr: SocketAddr = "0.0.0.0:7800".parse()?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await?;
    gc.abort();
    Ok(())
}
