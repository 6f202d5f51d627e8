//! Exercise 10: bounded concurrency. Fetch 1000 users from an API that serves at most 10
//! requests at a time. Run `kit grade exercise-10` to see how many your code sends at once.

use kit_harness::{ServiceError, User, UserApi};

/// How many requests the API accepts at the same time.
pub const MAX_IN_FLIGHT: usize = 10;

/// Fetch users 1 to 1000 and return them in id order, with never more than
/// [`MAX_IN_FLIGHT`] requests in flight at once.
pub async fn fetch_thousand_users(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    // TODO: this starts all 1000 requests at the same moment. Against a real API that is
    // 1000 sockets at once, and the answer is HTTP 429 or a crash. Keep at most
    // `MAX_IN_FLIGHT` requests running, starting the next one as soon as one finishes, and
    // still return the users in id order.
    futures::future::try_join_all((1..=1000).map(|id| api.fetch_user(id))).await
}
