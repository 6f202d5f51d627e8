//! The previous version, kept beside the new one but no longer declared.

pub async fn list() {
    std::thread::sleep(std::time::Duration::from_millis(2)); // OK: blocking-in-async
}
