//! Exercise 06: a time limit on every I/O. The dashboard loads a profile from the users API
//! and orders from the database; when either of them hangs, the caller hangs with it. Run
//! `kit grade exercise-06` to see how long a hung dependency keeps the caller waiting.

use std::time::Duration;

use kit_harness::{Database, Row, ServiceError, User, UserApi};

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
    // TODO: neither call has a time limit. When the users API or the database stops
    // answering, this function waits with it, for as long as the dependency hangs, and so
    // does everyone waiting for this function. Give every call its own limit.
    let profile = api.fetch_user(user_id).await?;
    let orders = db.query(user_id.into()).await?;
    Ok(Dashboard { profile, orders })
}
