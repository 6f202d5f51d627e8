//! Admin endpoints: add subscribers, reload routing, broadcast a notice.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::app::{AppState, Config};
use crate::delivery;
use crate::subscribers::Subscriber;

pub async fn add_subscribers(State(state): State<Arc<AppState>>, Json(subs): Json<Vec<Subscriber>>) -> StatusCode {
    for sub in &subs {
        if let Err(e) = state.store.push(sub.clone()).await {
            tracing::error!("adding subscriber {}: {e:#}", sub.id);
            return StatusCode::INTERNAL_SERVER_ERROR;
        }
    }
    let pings = subs.iter().map(|s| state.delivery.ping(&state.http, &s.url));
    futures::future::join_all(pings).await; // EXPECT: unbounded-gather
    let notify = |n: usize| async move {
        tracing::info!(n, "subscribers added");
    };
    notify(subs.len()); // EXPECT: unawaited-future
    StatusCode::CREATED
}

/// Rebuilds the routing table from the database and the live config.
pub async fn reload(State(state): State<Arc<AppState>>) -> StatusCode {
    let cfg = state.live_cfg.blocking_read().clone(); // EXPECT: block-on-in-async
    let mut routes = state.routes.write().unwrap(); // EXPECT: lock-across-await
    routes.clear();
    for sub in cfg.static_subscribers {
        routes.entry(sub.source.clone()).or_default().push(sub);
    }
    match state.store.refresh().await {
        Ok(n) => tracing::info!(n, "subscribers reloaded"),
        Err(e) => tracing::warn!("reload: {e:#}"),
    }
    let outbox_len = state.outbox.blocking_lock().events.len(); // EXPECT: block-on-in-async
    tracing::info!(outbox_len, "reload done");
    StatusCode::NO_CONTENT
}

/// Replaces the live config from a JSON body, outside the async workers.
pub async fn replace_config(state: Arc<AppState>, cfg: Config) -> StatusCode {
    let handle = tokio::task::spawn_blocking(move || {
        *state.live_cfg.blocking_write() = cfg; // OK: block-on-in-async
    });
    match handle.await {
        Ok(()) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Sends a notice to every routed subscriber.
pub async fn broadcast(State(state): State<Arc<AppState>>, Json(notice): Json<serde_json::Value>) -> StatusCode {
    let routes = state.routes.read().unwrap(); // EXPECT: lock-across-await
    for subs in routes.values() {
        for sub in subs {
            if let Err(e) = delivery::deliver(state.http.clone(), sub.url.clone(), notice.clone()).await {
                tracing::warn!(url = %sub.url, "broadcast: {e:#}");
            }
        }
    }
    state.metrics_tx.send(state.counters.lock().unwrap().clone()).await.ok(); // EXPECT: lock-across-await
    StatusCode::OK
}

/// Counts the routed subscribers without holding the table across anything.
pub async fn routed_count(state: &AppState) -> usize {
    let n = state.routes.read().unwrap().values().map(Vec::len).sum(); // OK: lock-across-await
    tokio::task::yield_now().await;
    n
}

/// A one-off check of a subscriber URL, run on a dedicated thread with its own runtime.
pub async fn check_url_isolated(url: String) -> bool {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        let ok = rt.block_on(async { reqwest::get(&url).await.is_ok() }); // OK: block-on-in-async
        let _ = tx.send(ok);
    });
    rx.await.unwrap_or(false)
}

/// The first version of the check, which built the runtime in the handler itself.
pub async fn check_url_inline(url: String) -> bool {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async { reqwest::get(&url).await.is_ok() }) // EXPECT: block-on-in-async
}
