mod common;

#[tokio::test]
async fn end_to_end() {
    common::start_server().await;
    std::thread::sleep(std::time::Duration::from_millis(50)); // OK: blocking-in-async
}
