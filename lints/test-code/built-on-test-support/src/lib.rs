//! Scenarios that drive a relay end to end.

use std::time::Duration;

pub async fn wait_for_relay() {
    std::thread::sleep(Duration::from_millis(50)); // OK: blocking-in-async
}

pub fn start() {
    tokio::spawn(wait_for_relay()); // OK: detached-spawn
}
