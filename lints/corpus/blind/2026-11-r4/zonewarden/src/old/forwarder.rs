//! The forwarder before the resolver actor existed. Not compiled: nothing declares `mod old`.

use std::sync::Mutex;

pub async fn forward_all(queries: Vec<Vec<u8>>, upstream: &str, seen: &Mutex<u64>) {
    let mut count = seen.lock().unwrap(); // OK: lock-across-await
    let replies = futures::future::join_all(queries.iter().map(|q| send(upstream, q))).await; // OK: unbounded-gather
    *count += replies.len() as u64;
    let handle = tokio::runtime::Handle::current();
    handle.block_on(send(upstream, b"")); // OK: block-on-in-async
    std::thread::sleep(std::time::Duration::from_millis(10)); // OK: blocking-in-async
}

async fn send(upstream: &str, query: &[u8]) -> usize {
    let _ = upstream;
    query.len()
}
