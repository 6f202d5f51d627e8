pub async fn list() {
    std::thread::sleep(std::time::Duration::from_millis(2)); // EXPECT: blocking-in-async
}
