//! Shared by the benchmarks.

pub async fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
}
