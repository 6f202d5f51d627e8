pub async fn start_server() {
    std::fs::write("/tmp/port", b"8080").unwrap(); // OK: blocking-in-async
}
