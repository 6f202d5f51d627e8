//! Futures that are kept: returned, stored, pushed, passed to a function or a macro, pinned
//! and polled, or awaited later. None of them is lost.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

async fn fetch(id: u32) -> u32 {
    id
}

struct Pending {
    job: Pin<Box<dyn Future<Output = u32> + Send>>,
}

fn later(id: u32) -> impl Future<Output = u32> {
    fetch(id) // OK: unawaited-future
}

fn boxed(id: u32) -> Pending {
    let job = Box::pin(fetch(id)); // OK: unawaited-future
    Pending { job }
}

async fn gather() -> u32 {
    let mut jobs = Vec::new();
    jobs.push(fetch(1)); // OK: unawaited-future
    let first = fetch(2); // OK: unawaited-future
    let stored = Pending { job: Box::pin(fetch(3)) }; // OK: unawaited-future
    let all = futures::future::join_all(jobs).await;
    let (a, b) = tokio::join!(first, fetch(4)); // OK: unawaited-future
    let timed = tokio::time::timeout(Duration::from_secs(1), fetch(5)).await; // OK: unawaited-future
    let handle = tokio::spawn(fetch(6)); // OK: unawaited-future
    let pinned = fetch(7); // OK: unawaited-future
    tokio::pin!(pinned);
    let winner = tokio::select! {
        value = &mut pinned => value,
        _ = tokio::time::sleep(Duration::from_secs(1)) => 0, // OK: unawaited-future
    };
    a + b + winner + all.len() as u32 + timed.unwrap_or(0) + handle.await.unwrap() + stored.job.await
}

async fn await_in_branch(fast: bool) -> u32 {
    let slow = fetch(8); // OK: unawaited-future
    if fast {
        return 0;
    }
    slow.await
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(later(1)); // OK: unawaited-future
    runtime.block_on(boxed(2).job);
}
