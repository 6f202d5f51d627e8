//! Health checks.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;

use crate::app::AppState;

pub async fn health() -> &'static str {
    "ok"
}

/// Database and outbox check, with the answer computed by a small sync probe that older
/// monitoring scripts also call.
pub async fn deep(State(state): State<Arc<AppState>>) -> StatusCode {
    let db_ok = futures::executor::block_on(sqlx::query("SELECT 1").execute(&state.pool)).is_ok(); // EXPECT: block-on-in-async
    if !db_ok {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let (tx, rx) = tokio::sync::oneshot::channel::<usize>();
    let probe = state.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let n = probe.outbox.lock().await.events.len();
        let _ = tx.send(n);
    });
    let backlog = rx.blocking_recv().unwrap_or(usize::MAX); // EXPECT: block-on-in-async
    if backlog > 10_000 {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    StatusCode::OK
}
