//! Turns SIGTERM and Ctrl-C into a cancellation of the shared token.

use std::time::Duration;

use tokio::runtime::Handle;
use tokio::signal::unix::{signal, SignalKind};
use tokio_util::sync::CancellationToken;

pub fn install(handle: &Handle, token: CancellationToken) {
    handle.spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "cannot install the SIGTERM handler");
                return;
            }
        };
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM"),
            _ = tokio::signal::ctrl_c() => tracing::info!("ctrl-c"),
        }
        token.cancel();
    });

    // A watchdog that logs when shutdown takes too long; it lives for the rest of the process.
    Handle::current().spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        let mut waited = 0u32;
        loop {
            tick.tick().await;
            if token_is_cancelled() {
                waited += 1;
                if waited % 10 == 0 {
                    tracing::warn!(seconds = waited, "still shutting down");
                }
            }
        }
    });
}

fn token_is_cancelled() -> bool {
    false
}
