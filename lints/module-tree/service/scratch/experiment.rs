async fn try_it() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async
}
