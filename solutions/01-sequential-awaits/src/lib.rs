//! Exercise 01, solved: ten requests in flight together take as long as the slowest one.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to 10 and return them in id order.
pub async fn fetch_ten_users(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    // Calling `fetch_user` only creates a future: nothing is sent until it is polled. Creating
    // all ten futures first and handing them to `try_join_all` polls them together, so all ten
    // requests are in flight at once and the whole batch takes about one latency (0.5 s), not
    // ten (5 s). This is `asyncio.gather(*tasks)` from the seed. `try_join_all` keeps the
    // results in the order of its input (id order) and returns the first error, if any.
    // Ten requests is a small, fixed batch; for thousands, bound the concurrency (exercise 10).
    futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await
}
