#[tokio::test]
async fn answers() {
    std::fs::read_to_string("tests/data/reply.json").unwrap(); // EXPECT: blocking-in-async
}
