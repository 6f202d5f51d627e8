pub async fn apply() {
    std::fs::read_to_string("migrations/001.sql").unwrap(); // EXPECT: blocking-in-async
}
