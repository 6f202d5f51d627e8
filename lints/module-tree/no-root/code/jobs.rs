pub async fn run() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async
}
