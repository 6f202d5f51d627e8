//! Exercise 10: bounded concurrency. Fetch 1000 users from an API that serves at most 10
//! requests at a time. Run `kit grade exercise-10` to see how many your code sends at once.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to `users` and return them in id order, with never more than `max_in_flight`
/// requests in flight at once (the API's limit, given by the caller: 10 in the grading tests).
pub async fn fetch_users(
    api: &UserApi,
    users: u32,
    max_in_flight: usize,
) -> Result<Vec<User>, ServiceError> {
    // TODO: this starts every request at the same moment. Against a real API that is 1000
    // sockets at once, and the answer is HTTP 429 or a crash. Keep at most `max_in_flight`
    // requests running, starting the next one as soon as one finishes, and still return the
    // users in id order.
    let _ = max_in_flight;
    futures::future::try_join_all((1..=users).map(|id| api.fetch_user(id))).await
}
