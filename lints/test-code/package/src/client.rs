//! Compiled code: reported.

use std::time::Duration;

pub async fn fetch_with_retry() {
    std::thread::sleep(Duration::from_millis(100)); // EXPECT: blocking-in-async
}
