//! The crate's own `async fn sleep` shadows the name: awaiting it never blocks. A `use` of the
//! std module elsewhere in the file keeps its own meaning.

use std::thread;
use std::time::Duration;

async fn sleep(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

async fn backoff(attempt: u32) {
    sleep(10 * u64::from(attempt)).await; // OK: blocking-in-async
    thread::sleep(Duration::from_millis(1)); // EXPECT: blocking-in-async
}

fn main() {}
