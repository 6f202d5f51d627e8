//! Exercise 05: handle results as they complete. Five reports are fetched at the same time;
//! each one should be saved the moment it arrives, not when the slowest one has arrived. Run
//! `kit grade exercise-05` to see when the saves happen.

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
    let mut fetches = Vec::new();
    for id in 1..=5 {
        let api = api.clone();
        fetches.push(tokio::spawn(async move { api.fetch_user(id).await }));
    }
    // TODO: the fetches all run at once, but their results are taken in submission order:
    // when user 1's report is the slow one, the reports that arrived long before it sit
    // waiting until it is done. Take the results in the order they COMPLETE instead (the
    // `as_completed` of the seeds).
    let mut saved = Vec::new();
    for fetch in fetches {
        let user = fetch.await.expect("a fetch task panicked")?;
        db.insert(REPORTS_TABLE, user.name).await?;
        saved.push(user.id);
    }
    Ok(saved)
}
