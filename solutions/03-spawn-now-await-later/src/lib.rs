//! Exercise 03, solved: a spawned task runs on its own while the caller does other work.

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
    // `tokio::spawn` hands the profile request to the runtime as its own task, like
    // `asyncio.create_task`: it starts as soon as this task yields at its next `.await`, and
    // keeps going without anyone awaiting it. The task must own what it uses ('static), hence
    // the clone of the API handle (a cheap, shared handle).
    let api = api.clone();
    let profile_task = tokio::spawn(async move { api.fetch_user(user_id).await });

    // The other work runs now, while the profile request is in flight: the 0.3 s query
    // overlaps the 0.4 s request, so the dashboard takes 0.4 s instead of 0.7 s.
    let recent_orders = db.query(user_id.into()).await?;

    // Await the handle only here, where the profile is needed. The handle is kept and
    // awaited, so the task's error (and a panic, via JoinError) still reaches this function.
    let profile = profile_task.await.expect("the profile task panicked")?;
    Ok(Dashboard {
        profile,
        recent_orders,
    })
}
