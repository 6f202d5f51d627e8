//! Exercise 10, solved: at most ten requests in flight, and always ten while work remains.

use futures::stream::{self, StreamExt, TryStreamExt};
use kit_harness::{ServiceError, User, UserApi};

/// How many requests the API accepts at the same time.
pub const MAX_IN_FLIGHT: usize = 10;

/// Fetch users 1 to 1000 and return them in id order, with never more than
/// [`MAX_IN_FLIGHT`] requests in flight at once.
pub async fn fetch_thousand_users(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    // A stream of request futures is lazy: nothing is sent until the stream is polled.
    // `buffered(10)` polls at most ten of them at a time and starts the next one the moment
    // one finishes, so the API sees ten requests in flight from start to end (a sliding
    // window, unlike fixed chunks of ten, which wait for the slowest of each chunk). It yields
    // the results in input order, so the users come back in id order. `try_collect` stops at
    // the first error and drops the stream, which cancels the requests still running.
    //
    // The seed's `asyncio.Semaphore(10)` works too: spawn each fetch and acquire a permit
    // from an `Arc<tokio::sync::Semaphore>` inside it before calling the API. But then all
    // 1000 tasks exist at once, each waiting for a permit; the stream creates a request only
    // when there is room for it.
    stream::iter(1..=1000)
        .map(|id| api.fetch_user(id))
        .buffered(MAX_IN_FLIGHT)
        .try_collect()
        .await
}
