//! Exercise 12, solved: a bounded channel feeds a fixed pool of workers; the upload loop
//! waits when the channel is full, and the workers stop when it is closed and empty.

use std::sync::Arc;

use futures::{Stream, StreamExt};
use kit_harness::SimService;
use tokio::sync::{Mutex, mpsc};
use tokio::task::JoinSet;

/// Resize every image id that `uploads` yields with `resizer`, using a pool of `workers`
/// tasks fed through a queue holding at most `queue_capacity` waiting images. Return how many
/// images were resized once `uploads` is exhausted and every worker has stopped.
pub async fn resize_all(
    resizer: &SimService,
    mut uploads: impl Stream<Item = u64> + Unpin,
    workers: usize,
    queue_capacity: usize,
) -> usize {
    // The queue is BOUNDED: `send` waits while `queue_capacity` images are already waiting.
    // That wait is the backpressure: the upload loop below pulls the next image only when
    // there is room for it, so a fast producer cannot pile up unbounded work in memory (the
    // seed's `asyncio.Queue()` has no maxsize and would). `Queue(maxsize=N)` is this channel.
    let (queue, inbox) = mpsc::channel::<u64>(queue_capacity);
    // An mpsc receiver has one owner; the workers take turns at it through an async mutex.
    // A worker holds the lock only while waiting for the next image, never while resizing.
    let inbox = Arc::new(Mutex::new(inbox));

    // Exactly `workers` tasks, so at most `workers` resizes run at once, whatever the number
    // of images. The JoinSet owns them: they cannot outlive this function.
    let mut pool = JoinSet::new();
    for _ in 0..workers {
        let inbox = Arc::clone(&inbox);
        let resizer = resizer.clone();
        pool.spawn(async move {
            let mut resized = 0;
            // `recv` returns `None` only once every sender is dropped AND the queue is
            // empty: that is the worker's signal to stop, after the last queued image.
            loop {
                let next = inbox.lock().await.recv().await;
                let Some(image) = next else { break };
                if resizer.call(image, || ()).await.is_ok() {
                    resized += 1;
                }
            }
            resized
        });
    }

    while let Some(image) = uploads.next().await {
        if queue.send(image).await.is_err() {
            // Every worker is gone (a worker panicked): nobody will take more images.
            break;
        }
    }
    // Dropping the only sender closes the queue. Without this the workers would wait on
    // `recv` forever and the join below would never return: the classic worker-pool hang.
    drop(queue);

    // Wait for every worker to drain the queue and stop: nothing outlives the call.
    pool.join_all().await.into_iter().sum()
}
