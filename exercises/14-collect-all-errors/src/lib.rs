//! Exercise 14: collect every error without cancelling the rest. A team page shows each
//! member, or why that member could not be loaded. Run `kit grade exercise-14` to see what
//! one failed fetch does to the others.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to 10 concurrently and report each one: the user, or the error of its fetch.
/// One entry per user, in id order; a failure never stops the other fetches.
pub async fn fetch_team_report(api: &UserApi) -> Vec<Result<User, ServiceError>> {
    // TODO: `try_join_all` gives up at the first error: it returns that one error and drops
    // the other fetches, finished or not. The page then shows one error and nobody else.
    // Wait for every fetch and keep each result, success or failure, in its place.
    match futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await {
        Ok(team) => team.into_iter().map(Ok).collect(),
        Err(error) => vec![Err(error)],
    }
}
