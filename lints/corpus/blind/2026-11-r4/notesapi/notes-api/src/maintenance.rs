//! Maintenance the operators trigger from a socket: compaction and a full re-render. Written
//! before the render cache moved to tokio's lock, and never fully converted.

use std::sync::Arc;
use std::time::Duration;

use notes_store::Storage;
use tokio::sync::{mpsc, oneshot};

/// Compact the notes whose ids arrive on `ids`.
pub async fn compact(storage: Arc<dyn Storage>, mut ids: mpsc::Receiver<u64>) -> anyhow::Result<()> {
    while let Some(id) = ids.blocking_recv() { // EXPECT: block-on-in-async
        storage.touch(id).await;
    }
    Ok(())
}

/// Re-render everything, then report back on `done`.
pub async fn rerender(storage: Arc<dyn Storage>, done: mpsc::Sender<usize>) {
    let count = tokio::runtime::Handle::current().block_on(storage.reindex()).unwrap_or(0); // EXPECT: block-on-in-async
    let report = |n: usize| done.blocking_send(n); // EXPECT: block-on-in-async
    let _ = report(count);
    tokio::time::sleep(Duration::from_millis(1)).await;
}

/// Ask the indexer thread for its queue length and wait for the answer.
pub async fn indexer_backlog(ask: std::sync::mpsc::Sender<oneshot::Sender<usize>>) -> usize {
    let (reply, answer) = oneshot::channel();
    let _ = ask.send(reply);
    answer.blocking_recv().unwrap_or(0) // EXPECT: block-on-in-async
}

/// The same question, answered without parking the runtime.
pub async fn indexer_backlog_async(ask: std::sync::mpsc::Sender<oneshot::Sender<usize>>) -> usize {
    let (reply, answer) = oneshot::channel();
    let _ = ask.send(reply);
    answer.await.unwrap_or(0) // OK: block-on-in-async
}

/// Runs the indexer on its own thread, which owns a small runtime for the store's futures.
pub fn start_indexer(storage: Arc<dyn Storage>) -> std::sync::mpsc::Sender<oneshot::Sender<usize>> {
    let (ask, questions) = std::sync::mpsc::channel::<oneshot::Sender<usize>>();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        for reply in questions {
            let n = runtime.block_on(storage.reindex()).unwrap_or(0); // OK: block-on-in-async
            let _ = reply.send(n);
        }
    });
    ask
}
