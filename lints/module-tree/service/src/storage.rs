pub async fn flush() {
    std::fs::write("data.bin", b"").unwrap(); // EXPECT: blocking-in-async
}
