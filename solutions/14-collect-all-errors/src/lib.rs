//! Exercise 14, solved: `join_all` is `asyncio.gather(..., return_exceptions=True)`: every
//! fetch runs to the end and each result, success or error, keeps its place.

use kit_harness::{ServiceError, User, UserApi};

/// Fetch users 1 to 10 concurrently and report each one: the user, or the error of its fetch.
/// One entry per user, in id order; a failure never stops the other fetches.
pub async fn fetch_team_report(api: &UserApi) -> Vec<Result<User, ServiceError>> {
    // `try_join_all` treats the batch as one operation that fails as a whole: at the first
    // `Err` it returns, dropping (cancelling) the fetches still running. That is right when
    // one failure makes the rest useless (exercise 04), wrong here, where each user is
    // reported on its own.
    //
    // `join_all` does not look inside the results: a `Result` is just a value to it. It
    // polls all ten fetches together (0.5 s for the batch, not 5 s), waits for every one of
    // them, and returns their outputs in input order, `Err`s included. The errors are values
    // in the list, as `return_exceptions=True` puts the exception objects in gather's list.
    futures::future::join_all((1..=10).map(|id| api.fetch_user(id))).await
}
