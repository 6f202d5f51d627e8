//! Events waiting for redelivery.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use crate::app::AppState;

#[derive(Default)]
pub struct Outbox {
    pub events: VecDeque<(i64, String, serde_json::Value)>,
}

/// Redelivers queued events every few seconds, for the life of the process.
pub async fn drain_forever(state: Arc<AppState>) {
    loop {
        tokio::time::sleep(Duration::from_secs(5)).await;
        let batch: Vec<_> = state.outbox.lock().await.events.drain(..).collect(); // OK: lock-across-await
        for (id, url, body) in batch {
            if let Err(e) = state.delivery.send(&state.http, &url, &body).await {
                tracing::warn!(id, "redelivery failed: {e:#}");
                state.outbox.lock().await.events.push_back((id, url, body));
            }
        }
    }
}

/// Requeues events whose ids are listed in `pending`, one at a time.
pub async fn requeue_pending(state: &AppState) {
    while let Some(id) = state.pending.lock().unwrap().pop_front() { // EXPECT: lock-across-await
        let row: Option<(String, String)> = sqlx::query_as("SELECT url, body FROM failed WHERE id = ?")
            .bind(id)
            .fetch_optional(&state.pool)
            .await
            .ok()
            .flatten();
        if let Some((url, body)) = row {
            let body = serde_json::from_str(&body).unwrap_or_default();
            state.outbox.lock().await.events.push_back((id, url, body));
        }
    }
}

/// Same, taking the ids out first.
pub async fn requeue_pending_batch(state: &AppState) {
    let ids: Vec<i64> = state.pending.lock().unwrap().drain(..).collect(); // OK: lock-across-await
    for id in ids {
        let _ = sqlx::query("UPDATE failed SET queued = 1 WHERE id = ?").bind(id).execute(&state.pool).await;
    }
}

/// Adds an event from sync code (the admin CLI's import, which runs on its own thread).
pub fn enqueue_from_sync(state: &AppState, id: i64, url: String, body: serde_json::Value) {
    state.outbox.blocking_lock().events.push_back((id, url, body)); // OK: block-on-in-async
}
