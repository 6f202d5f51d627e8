//! Exercise 12: a queue with a fixed pool of workers. Images arrive from an upload stream and
//! each one goes through a slow resizer. Run `kit grade exercise-12` to see how many your
//! code resizes at once, and whether the uploads are ever told to wait.

use futures::{Stream, StreamExt};
use kit_harness::SimService;
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
    // TODO: one task per image: every upload is pulled at once and every resize runs at the
    // same time, however many images arrive. Use a bounded `tokio::sync::mpsc` channel of
    // `queue_capacity` as the queue and exactly `workers` tasks that take images from it, so
    // the upload loop has to wait when the queue is full. When the uploads run out, let the
    // workers finish what is queued and stop.
    let _ = (workers, queue_capacity);
    let mut resizes = JoinSet::new();
    while let Some(image) = uploads.next().await {
        let resizer = resizer.clone();
        resizes.spawn(async move { resizer.call(image, || ()).await });
    }
    resizes.join_all().await.len()
}
