//! Test data that happens to be Rust: no `mod` reaches it, so it is not compiled.

async fn case() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
}
