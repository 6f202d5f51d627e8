use std::sync::{Arc, Mutex};

#[tokio::test]
async fn push_then_pull_restores_every_file() {
    let fx = e2e_tests::start_server().await.unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let guard = seen.lock().unwrap(); // OK: lock-across-await
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    drop(guard);
    let ids: Vec<u32> = (0..200).collect();
    futures::future::join_all(ids.iter().map(|i| async move { *i })).await; // OK: unbounded-gather
    assert!(fx.repo.exists());
}
