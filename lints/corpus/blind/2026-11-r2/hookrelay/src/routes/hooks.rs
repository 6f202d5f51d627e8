//! POST /hooks/:source: verify, store, relay.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use futures::stream::{FuturesUnordered, StreamExt};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::app::AppState;
use crate::delivery;
use crate::subscribers::Subscriber;

fn signature_ok(secret: &str, body: &[u8], header: Option<&str>) -> bool {
    let Some(sig) = header.and_then(|h| h.strip_prefix("sha256=")) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return false;
    };
    mac.update(body); // OK: unawaited-future
    let expected: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    expected == sig
}

pub async fn receive(
    State(state): State<Arc<AppState>>,
    Path(source): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let Some(secret) = state.cfg.secrets.get(&source) else {
        return StatusCode::NOT_FOUND;
    };
    if !signature_ok(secret, &body, headers.get("x-signature").and_then(|v| v.to_str().ok())) {
        return StatusCode::UNAUTHORIZED;
    }
    let allowed = state.rate.lock().check(&source); // OK: lock-across-await
    if !allowed {
        return StatusCode::TOO_MANY_REQUESTS;
    }
    state.counters.lock().unwrap().received += 1; // OK: lock-across-await

    let event: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => return StatusCode::BAD_REQUEST,
    };
    let id = match sqlx::query_scalar::<_, i64>("INSERT INTO events (source, body) VALUES (?, ?) RETURNING id")
        .bind(&source)
        .bind(event.to_string())
        .fetch_one(&state.pool)
        .await
    {
        Ok(id) => id,
        Err(e) => {
            tracing::error!("storing event: {e}");
            return StatusCode::SERVICE_UNAVAILABLE;
        }
    };

    let subs: Vec<Subscriber> = match sqlx::query_as("SELECT id, source, url, template FROM subscribers WHERE source = ?")
        .bind(&source)
        .fetch_all(&state.pool)
        .await
    {
        Ok(rows) => rows,
        Err(_) => Vec::new(),
    };
    for sub in subs {
        tokio::spawn(delivery::deliver(state.http.clone(), sub.url.clone(), event.clone())); // EXPECT: unbounded-gather, detached-spawn // OK: untracked-spawn
    }
    for sub in &state.cfg.static_subscribers {
        if sub.source == source {
            let state = state.clone();
            let (url, event) = (sub.url.clone(), event.clone());
            tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
                if let Err(e) = state.delivery.send(&state.http, &url, &event).await {
                    tracing::warn!(%url, "static delivery failed: {e:#}");
                    state.outbox.lock().await.events.push_back((id, url, event));
                }
            });
        }
    }
    let audit = state.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        sqlx::query("INSERT INTO audit (event_id, at) VALUES (?, datetime('now'))")
            .bind(id)
            .execute(&audit.pool)
            .await?;
        Ok::<_, sqlx::Error>(())
    });
    StatusCode::ACCEPTED
}

/// Replays stored events of a source to its subscribers, throttled per request.
pub async fn replay(
    State(state): State<Arc<AppState>>,
    Path(source): Path<String>,
    headers: HeaderMap,
) -> StatusCode {
    let mut limiter = state.rate.lock(); // EXPECT: lock-across-await
    if !limiter.check(&source) {
        return StatusCode::TOO_MANY_REQUESTS;
    }
    let events: Vec<(i64, String)> = sqlx::query_as("SELECT id, body FROM events WHERE source = ? ORDER BY id")
        .bind(&source)
        .fetch_all(&state.pool)
        .await
        .unwrap_or_default();
    drop(limiter);
    let subs = state.store.for_source(&source).await;
    let limit: usize = headers
        .get("x-replay-parallelism")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let mut inflight = FuturesUnordered::new();
    for (id, body) in events {
        let body: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        for sub in &subs {
            if inflight.len() >= limit {
                inflight.next().await;
            }
            inflight.push(delivery::deliver(state.http.clone(), sub.url.clone(), body.clone())); // OK: unbounded-gather, unawaited-future
        }
        tracing::debug!(id, "replayed");
    }
    while inflight.next().await.is_some() {}
    StatusCode::OK
}
