//! Declared inside the inline `mod api { .. }` of main.rs.

pub async fn health() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
