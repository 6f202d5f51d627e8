//! Deliberate fire-and-forget tasks: they produce `()` and end, so nothing is lost but their
//! tracking (shutdown does not wait for them). `detached-spawn` leaves them to this rule, which
//! is off by default; the fixture runner enables every rule.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

async fn send_welcome_mail(user: u64) -> Result<(), String> {
    let _ = user;
    Ok(())
}

async fn record_visit(user: u64) {
    let _ = user;
}

async fn on_signup(user: u64) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(e) = send_welcome_mail(user).await {
            tracing::warn!(error = ?e, "welcome mail failed");
        }
    });
    tokio::spawn(record_visit(user)); // EXPECT: untracked-spawn // OK: detached-spawn
    let _ = tokio::spawn(async move { send_welcome_mail(user).await.ok(); }); // EXPECT: untracked-spawn // OK: detached-spawn
}

async fn start_flusher(token: CancellationToken) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        loop {
            tokio::select! {
                _ = token.cancelled() => break,
                _ = tokio::time::sleep(Duration::from_secs(5)) => record_visit(0).await,
            }
        }
    });
}

async fn drain_jobs(mut rx: tokio::sync::mpsc::Receiver<u64>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        while let Some(user) = rx.recv().await {
            record_visit(user).await;
        }
    });
}

/// An unknown future: its output cannot be seen, so only its tracking is reported.
async fn run_connection(connection: impl std::future::Future<Output = ()> + Send + 'static) {
    tokio::spawn(connection); // EXPECT: untracked-spawn // OK: detached-spawn
}

/// What detached-spawn reports is never reported here too.
async fn lossy(user: u64) {
    tokio::spawn(send_welcome_mail(user)); // EXPECT: detached-spawn // OK: untracked-spawn
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            record_visit(user).await;
        }
    });
}

/// Tracked or kept: neither rule.
async fn tracked(tracker: &tokio_util::task::TaskTracker, set: &mut tokio::task::JoinSet<()>, user: u64) {
    tracker.spawn(record_visit(user)); // OK: untracked-spawn
    set.spawn(record_visit(user)); // OK: untracked-spawn
    let handle = tokio::spawn(record_visit(user)); // OK: untracked-spawn
    handle.await.ok();
}

fn main() {}
