//! Ingestion: transfers arrive on a channel from the API and the message bus, and are applied
//! concurrently.

use std::sync::Arc;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::{mpsc, Semaphore};
use tokio_util::sync::CancellationToken;

use crate::node::Node;
use crate::shard::Transfer;

const MAX_INFLIGHT: usize = 64;

async fn apply(node: Arc<Node>, t: Transfer) -> (u64, bool) {
    match node.submit(&t).await {
        Ok(_) => (t.id, true),
        Err(e) => {
            tracing::warn!(transfer = t.id, error = %e, "transfer rejected");
            (t.id, false)
        }
    }
}

/// Applies everything the API sends; stops on shutdown once the accepted transfers are applied.
pub async fn run(node: Arc<Node>, mut rx: mpsc::Receiver<Transfer>, shutdown: CancellationToken) {
    let mut in_flight = FuturesUnordered::new();
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            Some(t) = rx.recv() => in_flight.push(apply(node.clone(), t)), // EXPECT: unbounded-gather
            Some((id, ok)) = in_flight.next() => tracing::trace!(id, ok, "applied"),
        }
    }
    while in_flight.next().await.is_some() {}
}

/// The bus consumer: stops taking messages while `MAX_INFLIGHT` transfers are being applied.
pub async fn run_bus(node: Arc<Node>, mut rx: mpsc::Receiver<Transfer>) {
    let mut in_flight = FuturesUnordered::new();
    loop {
        tokio::select! {
            Some(t) = rx.recv(), if in_flight.len() < MAX_INFLIGHT => in_flight.push(apply(node.clone(), t)),
            Some((id, ok)) = in_flight.next() => tracing::trace!(id, ok, "applied"),
            else => break,
        }
    }
}

/// Replays a backlog the caller read from the dead-letter table, each transfer under a permit.
pub async fn replay(node: Arc<Node>, backlog: Vec<Transfer>, limit: Arc<Semaphore>) -> usize {
    let mut handles = Vec::new();
    for t in backlog {
        let permit = limit.clone().acquire_owned().await.expect("semaphore closed");
        let node = node.clone();
        handles.push(tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
            let out = apply(node, t).await;
            drop(permit);
            out
        }));
    }
    let mut ok = 0;
    for h in handles {
        if let Ok((_, true)) = h.await {
            ok += 1;
        }
    }
    ok
}

/// The same replay without a limit, for the small backlogs of the `ledger-ctl replay --all` command.
pub async fn replay_all(node: Arc<Node>, backlog: Vec<Transfer>) -> usize {
    let mut handles = Vec::new();
    for t in backlog {
        handles.push(tokio::spawn(apply(node.clone(), t))); // EXPECT: unbounded-gather
    }
    let mut ok = 0;
    for h in handles {
        if let Ok((_, true)) = h.await {
            ok += 1;
        }
    }
    ok
}
