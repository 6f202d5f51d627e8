//! The relay's agent: production code.

use std::time::Duration;

pub async fn backoff() {
    std::thread::sleep(Duration::from_millis(50)); // EXPECT: blocking-in-async
}
