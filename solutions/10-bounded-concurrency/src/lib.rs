//! Exercise 10, solved: at most `max_in_flight` requests in flight, and always that many while
//! work remains.

use futures::stream::{self, StreamExt, TryStreamExt};
use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to `users` and return them in id order, with never more than `max_in_flight`
/// requests in flight at once (the API's limit, given by the caller: 10 in the grading tests).
pub async fn fetch_users(
    api: &UserApi,
    users: u32,
    max_in_flight: usize,
) -> Result<Vec<User>, ServiceError> {
    // A stream of request futures is lazy: nothing is sent until the stream is polled.
    // `buffered(n)` polls at most n of them at a time and starts the next one the moment a
    // slot frees up, so the API sees n requests in flight from start to end: a sliding
    // window. Fixed chunks of n (`chunks(n)` + `try_join_all`) would wait for the SLOWEST
    // request of each chunk before starting the next chunk; when latencies vary, that idles
    // most of the pool. `buffered` yields the results in input order, so the users come back
    // in id order. (It keeps a finished request's slot until the requests before it have been
    // yielded, so one slow request briefly holds back a few slots: still far closer to the
    // ideal than batches.) `try_collect` stops at the first error and drops the stream, which
    // cancels the requests still running.
    //
    // The seed's `asyncio.Semaphore(n)` works too: spawn each fetch and acquire a permit
    // from an `Arc<tokio::sync::Semaphore>` inside it before calling the API. But then every
    // task exists at once, each waiting for a permit; the stream creates a request only
    // when there is room for it.
    stream::iter(1..=users)
        .map(|id| api.fetch_user(id))
        .buffered(max_in_flight)
        .try_collect()
        .await
}
