//! Exercise 04, solved: structured concurrency with `JoinSet`, tokio's `asyncio.TaskGroup`.

use kit_harness::{ServiceError, User, UserApi};
use tokio::task::JoinSet;

/// Fetch users 1 to 10 concurrently and return them in id order. If any fetch fails, return
/// its error as soon as it happens and cancel the fetches still running.
pub async fn fetch_team(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    // The JoinSet owns the ten tasks: they live no longer than the set. This is the
    // structured-concurrency guarantee of `asyncio.TaskGroup`: when the scope ends, every task
    // in it has finished or been cancelled.
    let mut fetches = JoinSet::new();
    for id in 1..=10 {
        let api = api.clone();
        fetches.spawn(async move { api.fetch_user(id).await });
    }

    let mut team = Vec::with_capacity(10);
    // `join_next` yields results in COMPLETION order, so a fetch that fails after 0.1 s is
    // seen after 0.1 s, however slow the fetches spawned before it are.
    while let Some(joined) = fetches.join_next().await {
        // On the first error, `?` returns from the function and drops `fetches`; dropping a
        // JoinSet aborts every task still in it, so the other nine fetches are cancelled
        // instead of running on with nobody waiting for them.
        team.push(joined.expect("a fetch task panicked")?);
    }
    // Completion order is not id order: restore the order the caller asked for.
    team.sort_by_key(|user| user.id);
    Ok(team)
}
