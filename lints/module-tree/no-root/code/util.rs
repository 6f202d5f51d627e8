pub async fn pause() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async
}
