//! Exercise 18, solved: the handler's two independent I/O calls run together, so a request
//! takes as long as the slower of them, not their sum.

use std::fmt;

use kit_harness::{Database, Row, ServiceError};

/// What the handler answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserPage {
    /// The user's row, from the database.
    pub account: Row,
    /// The body the profile API answered, as JSON text.
    pub profile_json: String,
}

/// Why the handler could not answer.
#[derive(Debug)]
pub enum HandlerError {
    /// The database query failed.
    Database(ServiceError),
    /// The profile API could not be reached or answered with an error status.
    ProfileApi(reqwest::Error),
}

impl fmt::Display for HandlerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Database(error) => write!(f, "database query failed: {error}"),
            Self::ProfileApi(error) => write!(f, "profile API request failed: {error}"),
        }
    }
}

impl std::error::Error for HandlerError {}

impl From<ServiceError> for HandlerError {
    fn from(error: ServiceError) -> Self {
        Self::Database(error)
    }
}

impl From<reqwest::Error> for HandlerError {
    fn from(error: reqwest::Error) -> Self {
        Self::ProfileApi(error)
    }
}

/// GET `{profile_api}/profiles/{user_id}` and return the body; an error status is an error.
pub async fn fetch_profile(
    http: &reqwest::Client,
    profile_api: &str,
    user_id: u64,
) -> Result<String, reqwest::Error> {
    http.get(format!("{profile_api}/profiles/{user_id}"))
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}

/// Handle `GET /users/{user_id}`: the account row from `db` and the profile from the HTTP API
/// at `profile_api` (a base URL such as `http://127.0.0.1:8080`).
pub async fn get_user(
    db: &Database,
    http: &reqwest::Client,
    profile_api: &str,
    user_id: u64,
) -> Result<UserPage, HandlerError> {
    // Neither call needs the other's result, so both are started together: `try_join!` polls
    // the two futures concurrently on this task (no spawn needed, nothing to clean up), like
    // the seed's `asyncio.gather(user_task, orders_task)`. The request then takes
    // max(database, API) instead of database + API. Each side's error is mapped into
    // `HandlerError` so both futures have the same error type; on the first error `try_join!`
    // returns it at once and drops the other future, cancelling a request nobody needs any
    // more.
    let (account, profile_json) = tokio::try_join!(
        async { db.query(user_id).await.map_err(HandlerError::Database) },
        async {
            fetch_profile(http, profile_api, user_id)
                .await
                .map_err(HandlerError::ProfileApi)
        },
    )?;
    Ok(UserPage {
        account,
        profile_json,
    })
}
