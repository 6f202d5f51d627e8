//! Exercise 03: spawn now, await later. A dashboard needs a user's profile from the users API
//! (0.4 s) and their recent orders from the database (0.3 s). Run `kit grade exercise-03` to
//! see how long building it takes.

use kit_harness::{Database, Row, ServiceError, User, UserApi};

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    /// The user's profile, from the users API.
    pub profile: User,
    /// The user's recent orders, from the database (keyed by user id).
    pub recent_orders: Row,
}

/// Build the dashboard of `user_id`: its profile from `api` and its recent orders from `db`.
pub async fn build_dashboard(
    api: &UserApi,
    db: &Database,
    user_id: u32,
) -> Result<Dashboard, ServiceError> {
    let api = api.clone();
    let profile_task = tokio::spawn(async move { api.fetch_user(user_id).await });
    // TODO: the profile task was just started, and this line already waits for it, so the
    // database query below only starts once the profile has arrived. Let the task run while
    // you do the other work, and wait for it only where its result is needed.
    let profile = profile_task.await.expect("the profile task panicked")?;
    let recent_orders = db.query(user_id.into()).await?;
    Ok(Dashboard {
        profile,
        recent_orders,
    })
}
