//! The library of a test-only package: helpers the scenarios share.

use std::time::Duration;

pub async fn settle() {
    std::thread::sleep(Duration::from_millis(20)); // OK: blocking-in-async
}
