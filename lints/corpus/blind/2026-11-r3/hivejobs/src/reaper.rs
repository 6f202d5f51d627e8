use std::sync::Arc;
use std::time::Duration;

use crate::queue::Queue;

/// Re-queues stale jobs every minute, for as long as the process runs.
pub async fn reap_forever(queue: Arc<Queue>) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await;
        match queue.requeue_stale().await {
            Ok(n) if n > 0 => tracing::info!(n, "re-queued stale jobs"),
            Ok(_) => {}
            Err(err) => tracing::warn!(%err, "reaper pass failed"),
        }
    }
}
