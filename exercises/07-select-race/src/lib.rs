//! Exercise 07: race two replicas. The same user can be fetched from two replicas of the
//! users API; the caller wants whichever answers first. Run `kit grade exercise-07` to see
//! how long it waits instead, and what happens to the slower request.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch user `id` from both replicas at once and return the first answer; the request to
/// the other replica is no longer needed and must be cancelled.
pub async fn fetch_from_fastest_replica(
    replica_a: &UserApi,
    replica_b: &UserApi,
    id: u32,
) -> Result<User, ServiceError> {
    // TODO: `join!` runs both requests at once, but waits for BOTH of them: the caller gets
    // its answer only when the slower replica is done, and the slower request always runs to
    // the end although nobody needs it. Take the first request that completes, and make sure
    // the other one is stopped.
    let (from_a, from_b) = tokio::join!(replica_a.fetch_user(id), replica_b.fetch_user(id));
    from_a.or(from_b)
}
