//! Exercise 04: fail fast with a JoinSet. Ten fetches run as tasks; when one fails, the
//! answer is already known, so the caller should get the error at once and the other fetches
//! should stop. Run `kit grade exercise-04` to see what happens instead.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to 10 concurrently and return them in id order. If any fetch fails, return
/// its error as soon as it happens and cancel the fetches still running.
pub async fn fetch_team(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    let mut handles = Vec::new();
    for id in 1..=10 {
        let api = api.clone();
        handles.push(tokio::spawn(async move { api.fetch_user(id).await }));
    }
    // TODO: the handles are awaited in id order, so a fetch that fails early is only noticed
    // once every fetch before it has finished. And returning early would not help: dropping a
    // JoinHandle does not stop its task, the other fetches would keep running unsupervised.
    // Tokio has a task group that hands you results in completion order and aborts every
    // task it still owns when it is dropped.
    let mut team = Vec::new();
    for handle in handles {
        team.push(handle.await.expect("a fetch task panicked")?);
    }
    Ok(team)
}
