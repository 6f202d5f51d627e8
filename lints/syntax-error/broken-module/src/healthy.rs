//! A parseable file next to the broken one.

pub async fn poll() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async
}
