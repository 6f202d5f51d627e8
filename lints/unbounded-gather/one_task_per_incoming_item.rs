//! A loop over an unbounded source (a channel, a stream) that spawns one task per item starts
//! as many tasks as the source sends. Draining a set of tasks is not such a loop, nor is
//! handling each item inline, nor a server's accept loop (one task per connection).

use futures::stream::{FuturesUnordered, StreamExt};
use std::sync::Arc;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;

async fn handle(job: u64) -> u64 {
    job
}

async fn per_message(mut rx: mpsc::Receiver<u64>) {
    let mut handles = Vec::new();
    while let Some(job) = rx.recv().await {
        handles.push(tokio::spawn(handle(job))); // EXPECT: unbounded-gather
    }
    for h in handles {
        let _ = h.await;
    }
}

async fn per_stream_item(mut jobs: impl futures::Stream<Item = u64> + Unpin) {
    let mut set = JoinSet::new();
    while let Some(job) = jobs.next().await {
        // A stream of unknown origin: nothing says how many items it yields.
        set.spawn(handle(job)); // OK: unbounded-gather
    }
    while set.join_next().await.is_some() {}
}

async fn per_item_with_permit(mut rx: mpsc::Receiver<u64>, limit: Arc<Semaphore>) {
    let mut set = JoinSet::new();
    while let Some(job) = rx.recv().await {
        let permit = limit.clone().acquire_owned().await.unwrap();
        set.spawn(async move { // OK: unbounded-gather
            let _permit = permit;
            handle(job).await
        });
    }
    while set.join_next().await.is_some() {}
}

/// A server's accept loop spawns one task per connection, like `loop { .. accept().await .. }`.
async fn accept_loop(listener: tokio::net::TcpListener) {
    let mut connections = JoinSet::new();
    while let Ok((socket, _peer)) = listener.accept().await {
        connections.spawn(async move { drop(socket) }); // OK: unbounded-gather
    }
    while connections.join_next().await.is_some() {}
}

async fn inline_handling(mut rx: mpsc::Receiver<u64>) -> u64 {
    let mut total = 0;
    while let Some(job) = rx.recv().await {
        total += handle(job).await; // OK: unbounded-gather
    }
    total
}

async fn draining(mut set: JoinSet<u64>, mut pending: FuturesUnordered<tokio::task::JoinHandle<u64>>) {
    let mut follow_ups = JoinSet::new();
    while let Some(done) = set.join_next().await {
        follow_ups.spawn(handle(done.unwrap_or(0))); // OK: unbounded-gather
    }
    while let Some(done) = pending.next().await {
        follow_ups.spawn(handle(done.unwrap_or(0))); // OK: unbounded-gather
    }
    while follow_ups.join_next().await.is_some() {}
}

/// A wake-up channel: each signal starts the work found elsewhere (a bounded batch of a
/// queue), not a task per received item.
async fn matchmaker(mut wakeups: mpsc::Receiver<u8>, queue: Arc<std::sync::Mutex<Vec<u64>>>) {
    loop {
        tokio::select! {
            reason = wakeups.recv() => {
                let Some(reason) = reason else { break };
                tracing::debug!(reason, "woken");
                let batch: Vec<u64> = queue.lock().unwrap().drain(..4).collect();
                tokio::spawn(async move { for job in batch { handle(job).await; } }); // OK: unbounded-gather
            }
        }
    }
}

/// Work made from the item is still the item's task.
async fn prepared(mut rx: mpsc::Receiver<u64>) {
    while let Some(job) = rx.recv().await {
        let task = job.wrapping_mul(3);
        tokio::spawn(handle(task)); // EXPECT: unbounded-gather, detached-spawn
    }
}

fn main() {}
