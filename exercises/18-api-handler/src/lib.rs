//! Exercise 18: the API handler case study. `GET /users/{id}` needs the user's account row from
//! the database and their profile from an external HTTP API; neither needs the other. Run
//! `kit grade exercise-18` to see how long one request takes.

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
    // TODO: the profile request is only sent once the database has answered, although it does
    // not use the row: the request takes the database's time PLUS the API's. Run the two at
    // the same time and wait for both (the seed's `asyncio.gather(user_task, orders_task)`),
    // keeping the errors of either side.
    let account = db.query(user_id).await?;
    let profile_json = fetch_profile(http, profile_api, user_id).await?;
    Ok(UserPage {
        account,
        profile_json,
    })
}
