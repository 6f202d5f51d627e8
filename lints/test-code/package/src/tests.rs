//! Reached only through `#[cfg(test)] mod tests;`: test code.

mod fixtures;

#[tokio::test]
async fn retries() {
    std::thread::sleep(std::time::Duration::from_millis(5)); // OK: blocking-in-async
}
