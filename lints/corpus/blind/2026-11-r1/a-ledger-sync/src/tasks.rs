//! Task helpers: named background work tracked for graceful shutdown, and a plain fire-and-forget.

use std::future::Future;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::error::Result;

#[derive(Clone, Default)]
pub struct Tasks {
    tracker: TaskTracker,
    token: CancellationToken,
}

impl Tasks {
    pub fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// Runs `fut` until it ends or shutdown starts; its error is logged under `name`.
    pub fn spawn_named<F>(&self, name: &'static str, fut: F)
    where
        F: Future<Output = Result<()>> + Send + 'static,
    {
        let token = self.token.clone();
        self.tracker.spawn(async move { // OK: detached-spawn, untracked-spawn
            tokio::select! {
                _ = token.cancelled() => tracing::debug!(task = name, "cancelled"),
                res = fut => if let Err(e) = res {
                    tracing::error!(task = name, error = %e, "task failed");
                },
            }
        });
    }

    pub async fn shutdown(&self) {
        self.token.cancel();
        self.tracker.close();
        self.tracker.wait().await;
    }
}

/// For work whose result nobody needs (cache warmers, best-effort pushes).
pub fn forget<F>(fut: F)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    tokio::spawn(fut); // EXPECT: untracked-spawn // OK: detached-spawn
}
