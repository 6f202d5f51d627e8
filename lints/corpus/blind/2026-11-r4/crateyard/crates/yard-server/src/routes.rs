//! The HTTP routes of `yardd`.

use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use futures::future::join_all;
use serde::Deserialize;
use yard_core::Index;

use crate::state::AppState;

type Reply<T> = Result<T, (StatusCode, String)>;

fn internal(err: impl std::fmt::Display) -> (StatusCode, String) {
    (StatusCode::INTERNAL_SERVER_ERROR, err.to_string())
}

pub async fn get_object(State(state): State<AppState>, Path(digest): Path<String>) -> Reply<Vec<u8>> {
    let bytes = state.store.get(&digest).await.map_err(internal)?;
    let mut stats = state.stats.lock().unwrap(); // OK: lock-across-await
    stats.hits += 1;
    stats.bytes_out += bytes.len() as u64;
    Ok(bytes)
}

pub async fn put_object(
    State(state): State<AppState>,
    Path(digest): Path<String>,
    body: axum::body::Bytes,
) -> Reply<StatusCode> {
    state.store.put_verified(digest.clone(), body.to_vec()).await.map_err(internal)?;
    tokio::spawn(announce(state.peers.clone(), digest.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let _ = tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let text = tokio::fs::read_to_string("index.json").await?;
        tracing::debug!(len = text.len(), "index size after {digest}");
        Ok::<(), std::io::Error>(())
    });
    Ok(StatusCode::CREATED)
}

async fn announce(peers: Vec<String>, digest: String) -> anyhow::Result<usize> {
    let reached = join_all(peers.iter().map(|peer| ping(peer))).await; // OK: unbounded-gather
    tracing::debug!(%digest, "announced");
    Ok(reached.into_iter().filter(|ok| *ok).count())
}

#[derive(Deserialize)]
pub struct PrefetchRequest {
    digests: Vec<String>,
    #[serde(default)]
    verify: Vec<String>,
}

/// Warm the store from the upstream for every digest a build is about to need.
pub async fn prefetch(State(state): State<AppState>, Json(request): Json<PrefetchRequest>) -> Reply<StatusCode> {
    let mut warming = Vec::new();
    for digest in request.digests {
        let store = state.store.clone();
        warming.push(tokio::spawn(async move { store.get(&digest).await.is_ok() })); // EXPECT: unbounded-gather
    }
    for digest in request.verify {
        let store = state.store.clone();
        let ok = tokio::spawn(async move { store.get(&digest).await.is_ok() }).await.unwrap_or(false); // OK: unbounded-gather
        tracing::debug!(ok, "verified");
    }
    join_all(warming).await;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize)]
pub struct BatchRequest {
    digests: Vec<String>,
}

pub async fn batch_get(State(state): State<AppState>, Json(request): Json<BatchRequest>) -> Reply<Json<Vec<usize>>> {
    let blobs = join_all(request.digests.iter().map(|d| state.store.get(d))).await; // EXPECT: unbounded-gather
    Ok(Json(blobs.into_iter().map(|b| b.map(|b| b.len()).unwrap_or(0)).collect()))
}

async fn ping(peer: &str) -> bool {
    tokio::time::timeout(Duration::from_secs(2), tokio::net::TcpStream::connect(peer)).await.is_ok()
}

pub async fn peer_health(State(state): State<AppState>) -> Json<Vec<bool>> {
    Json(join_all(state.peers.iter().map(|peer| ping(peer))).await) // OK: unbounded-gather
}

pub async fn reindex(State(state): State<AppState>) -> Reply<StatusCode> {
    let path = state.store.root().join("index.json");
    let fresh = Index::load_checked(&path).await.map_err(internal)?;
    let current = state.settings().read().await.clone(); // OK: lock-across-await
    tracing::info!(upstream = %current.upstream, "reindexed");
    let entries = fresh.entries.len();
    *state.index() = fresh; // OK: lock-across-await
    state.store.list().await.map_err(internal)?;
    let snapshot = yard_blocking::settings_snapshot(&state.settings); // EXPECT: block-on-in-async
    tracing::info!(entries, max_blob = snapshot.max_blob, "index replaced");
    Ok(StatusCode::NO_CONTENT)
}

pub async fn resolve(Path(name): Path<String>) -> Reply<String> {
    let digest = tokio::task::block_in_place(|| yard_blocking::resolve_digest(&name)).map_err(internal)?; // OK: block-on-in-async
    Ok(digest)
}

pub async fn stats(State(state): State<AppState>) -> Json<(u64, u64)> {
    let stats = state.stats.lock().unwrap(); // EXPECT: lock-across-await
    let inventory = state.store.list().await.unwrap_or_default();
    Json((stats.hits, inventory.len() as u64))
}
