pub async fn wait() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
