//! Exercise 06, solved: `tokio::time::timeout` around every call, the `asyncio.wait_for` of
//! the seeds.

use std::time::Duration;

use kit_harness::{Database, Row, ServiceError, User, UserApi};
use tokio::time::timeout;

/// The most any single call may take.
pub const TIME_LIMIT: Duration = Duration::from_secs(1);

/// Which call of the dashboard ran out of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The profile request to the users API.
    Profile,
    /// The orders query to the database.
    Orders,
}

/// Why the dashboard could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// A call did not answer within [`TIME_LIMIT`].
    TimedOut(Step),
    /// A call answered with an error.
    Failed(ServiceError),
}

impl From<ServiceError> for LoadError {
    fn from(error: ServiceError) -> Self {
        Self::Failed(error)
    }
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    /// The user's profile, from the users API.
    pub profile: User,
    /// The user's orders, from the database (keyed by user id).
    pub orders: Row,
}

/// Load the dashboard of `user_id`: first the profile from `api`, then the orders from `db`.
/// Each call may take at most [`TIME_LIMIT`]; a call that takes longer is abandoned and
/// reported as [`LoadError::TimedOut`].
pub async fn load_dashboard(
    api: &UserApi,
    db: &Database,
    user_id: u32,
) -> Result<Dashboard, LoadError> {
    // `timeout` races the call against a timer. When the timer wins it returns `Err(Elapsed)`
    // and DROPS the call's future: dropping a future is how Rust cancels it, so the hung
    // request is abandoned, not left running (the API counts it as cancelled). The outer
    // `Result` is the time limit, the inner one the call's own error, hence the two `?`.
    let profile = timeout(TIME_LIMIT, api.fetch_user(user_id))
        .await
        .map_err(|_elapsed| LoadError::TimedOut(Step::Profile))??;
    // Every I/O gets its own limit: a hung database must not hang the caller either. The
    // calls stay sequential to keep the focus on timeouts (exercise 03 overlaps them).
    let orders = timeout(TIME_LIMIT, db.query(user_id.into()))
        .await
        .map_err(|_elapsed| LoadError::TimedOut(Step::Orders))??;
    Ok(Dashboard { profile, orders })
}
