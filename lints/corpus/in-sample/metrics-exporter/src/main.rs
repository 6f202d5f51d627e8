//! A Prometheus exporter: scrapes host and process collectors on an interval and serves the
//! latest values on `/metrics`.

mod collectors;
mod registry;
mod server;

use std::sync::Arc;
use std::time::Duration;

use tokio::task;

#[tokio::main]
async fn main() {
    let registry = Arc::new(registry::Registry::default());
    task::spawn(collectors::scrape_forever(registry.clone(), Duration::from_secs(15))); // EXPECT: detached-spawn
    let _ = tokio::spawn(registry::push_to_gateway(registry.clone())); // EXPECT: detached-spawn
    let server = tokio::spawn(server::serve(registry.clone(), 9100)); // OK: detached-spawn
    tokio::select! {
        _ = server => {} // OK: unawaited-future
        _ = tokio::signal::ctrl_c() => {} // OK: unawaited-future
    }
    registry.flush_to_disk().await; // OK: unawaited-future, blocking-in-async
}
