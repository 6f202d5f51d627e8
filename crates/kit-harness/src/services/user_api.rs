//! The users API of the seed documents' first example: `GET /users/{id}` taking about 500 ms.

use std::time::Duration;

use super::{ServiceError, SimService};
use crate::calls::CallStats;

/// A user as the API returns it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct User {
    /// The id that was asked for.
    pub id: u32,
    /// `"user-{id}"`.
    pub name: String,
}

/// A simulated users API; every fetch takes 500 ms of tokio time unless configured otherwise.
#[derive(Debug, Clone)]
pub struct UserApi {
    service: SimService,
}

impl Default for UserApi {
    fn default() -> Self {
        Self::new()
    }
}

impl UserApi {
    /// The API with its default latency of 500 ms per call.
    pub fn new() -> Self {
        Self {
            service: SimService::new("user API", Duration::from_millis(500)),
        }
    }

    /// Every fetch takes `latency` unless its id has its own.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
        }
    }

    /// Fetching user `id` takes `latency`.
    pub fn with_latency_for(self, id: u32, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency_for(id.into(), latency),
        }
    }

    /// Fetching user `id` fails once its latency has passed.
    pub fn failing_for(self, id: u32) -> Self {
        Self {
            service: self.service.failing_for(id.into()),
        }
    }

    /// Fetch one user.
    pub async fn fetch_user(&self, id: u32) -> Result<User, ServiceError> {
        self.service
            .call(id.into(), || User {
                id,
                name: format!("user-{id}"),
            })
            .await
    }

    /// A snapshot of the API's counters (keys are user ids).
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("UserApi::stats");
        self.service.stats()
    }
}
