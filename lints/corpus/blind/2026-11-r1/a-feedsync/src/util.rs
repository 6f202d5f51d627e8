//! Task helpers shared by the modules.

use std::future::Future;

/// Runs `fut` in the background; its error, if any, is logged under `what` and goes nowhere else.
pub fn spawn_logged<F>(what: &'static str, fut: F)
where
    F: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(e) = fut.await {
            tracing::error!(task = what, error = %e, "background task failed");
        }
    });
}
