//! Exercise 05, solved: `FuturesUnordered` hands out results in completion order, the
//! `asyncio.as_completed` of the seeds.

use futures::stream::{FuturesUnordered, StreamExt};
use kit_harness::{Database, ServiceError, UserApi};

/// The table every report is saved to, one row per user (the user's name).
pub const REPORTS_TABLE: &str = "reports";

/// Fetch the reports of users 1 to 5 from `api` at the same time and save each one to
/// [`REPORTS_TABLE`] in `db` as soon as it has arrived. Returns the user ids in the order
/// their reports were saved; the first failed fetch or save is returned as the error.
pub async fn save_reports_as_they_arrive(
    api: &UserApi,
    db: &Database,
) -> Result<Vec<u32>, ServiceError> {
    // Collecting the five fetch futures into a `FuturesUnordered` polls them all together (all
    // five requests are in flight at once), and `next()` yields whichever finishes first,
    // whatever its position in the input. A fixed batch of five needs no concurrency limit.
    let mut arrivals: FuturesUnordered<_> = (1..=5).map(|id| api.fetch_user(id)).collect();
    let mut saved = Vec::with_capacity(5);
    // Each report is saved the moment `next()` hands it out, so a fast report never waits for
    // a slow one fetched before it. While a save is awaited the set is not polled, which is
    // fine here: a fetch that finishes meanwhile is simply handed out by the next `next()`.
    // To overlap the saves too, spawn fetch-and-save as one task per user into a JoinSet.
    while let Some(report) = arrivals.next().await {
        // On an error, `?` returns and drops `arrivals`, which cancels the fetches still running.
        let user = report?;
        db.insert(REPORTS_TABLE, user.name).await?;
        saved.push(user.id);
    }
    Ok(saved)
}
