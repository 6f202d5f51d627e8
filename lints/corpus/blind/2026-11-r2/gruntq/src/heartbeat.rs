//! The worker's heartbeat, so that jobs of a dead worker can be rescued.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::queue::Queue;

pub async fn run(queue: Arc<Queue>, worker_id: String, shutdown: CancellationToken) {
    queue.touch_worker(&worker_id); // EXPECT: unawaited-future
    let mut tick = tokio::time::interval(Duration::from_secs(15));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tick.tick() => {
                if let Err(e) = queue.touch_worker(&worker_id).await {
                    tracing::warn!("heartbeat failed: {e:#}");
                }
            }
        }
    }
}

/// The rescuer: only one worker in the fleet runs it (the one started with --rescuer).
pub fn start_rescuer(queue: Arc<Queue>, shutdown: CancellationToken) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if shutdown.is_cancelled() {
                break;
            }
            match queue.rescue_orphans().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(n, "rescued orphaned jobs"),
                Err(e) => tracing::warn!("rescue failed: {e:#}"),
            }
        }
    });
}

/// Logs queue depth forever; started in debug builds only.
pub fn start_depth_logger(queue: Arc<Queue>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            match queue.claim(0).await {
                Ok(_) => tracing::trace!("queue reachable"),
                Err(e) => tracing::trace!("queue unreachable: {e:#}"),
            }
        }
    });
}
