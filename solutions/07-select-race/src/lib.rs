//! Exercise 07, solved: `tokio::select!` takes the first replica to answer and cancels the
//! other, the `asyncio.wait(..., return_when=FIRST_COMPLETED)` of the seeds.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch user `id` from both replicas at once and return the first answer; the request to
/// the other replica is no longer needed and must be cancelled.
pub async fn fetch_from_fastest_replica(
    replica_a: &UserApi,
    replica_b: &UserApi,
    id: u32,
) -> Result<User, ServiceError> {
    // `select!` polls both request futures together, so both replicas are asked at once. The
    // first branch whose future completes runs, and `select!` then DROPS the other future:
    // for a plain future, dropping is cancelling, so the slower request stops right there
    // instead of running on unobserved. Python's `wait(FIRST_COMPLETED)` leaves the pending
    // tasks running until you cancel them; `select!` cancels by default.
    //
    // Beware: had the requests been spawned with `tokio::spawn`, the branches would be
    // JoinHandles, and dropping a JoinHandle does NOT stop its task: the loser would have to
    // be aborted explicitly.
    tokio::select! {
        from_a = replica_a.fetch_user(id) => from_a,
        from_b = replica_b.fetch_user(id) => from_b,
    }
}
