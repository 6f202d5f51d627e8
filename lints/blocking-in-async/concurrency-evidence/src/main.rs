//! A server binary: a blocking call is reported where other tasks may run beside it (a
//! handler, a spawned task, a `join!`, code after a spawn, a framework's callback) and not in
//! the program's own sequential start-up.

mod handlers;
mod startup;
mod worker;

use std::time::Duration;

use axum::routing::get;
use axum::Router;
use tokio_util::task::TaskTracker;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // Start-up: nothing else runs yet.
    let config = startup::load_config().await?;
    let retried = startup::retry(|| async { std::fs::read_to_string("seed.txt") }).await; // OK: blocking-in-async
    let timed = tokio::time::timeout(Duration::from_secs(1), async {
        std::fs::read("cache.bin") // OK: blocking-in-async
    })
    .await;
    let first = worker::first_key(&worker::DiskStore).await;
    drop((retried, timed, first));

    let tracker = TaskTracker::new();
    tracker.spawn(worker::refresh_forever(config.clone()));
    tokio::join!(worker::warm_cache(), worker::ping_peers());

    let app = Router::new()
        .route("/status", get(handlers::status))
        .route("/report", get(handlers::report));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    std::fs::write("server.pid", std::process::id().to_string())?; // EXPECT: blocking-in-async
    axum::serve(listener, app).await?;
    tracker.close();
    Ok(())
}
