//! Relays an event to a local subscriber and checks it arrived.

use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn event_reaches_subscriber() {
    let received = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = received.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            let (_sock, _) = listener.accept().await.unwrap();
            sink.lock().unwrap().push("hit".into());
        }
    });
    std::thread::sleep(Duration::from_millis(50)); // OK: blocking-in-async
    let got = received.lock().unwrap(); // OK: lock-across-await
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert!(got.len() <= 1, "{addr}");
}

#[test]
fn replay_limits_parallelism() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async { // OK: block-on-in-async
        let urls: Vec<String> = (0..50).map(|i| format!("http://127.0.0.1:9/{i}")).collect();
        futures::future::join_all(urls.iter().map(|u| reqwest::get(u.as_str()))).await; // OK: unbounded-gather
    });
}
