//! Exercise 16: a lock held across an `.await`. Every request handler asks one shared cache for
//! user profiles; a miss fetches the profile from the users API (0.5 s). Run
//! `kit grade exercise-16` to see what ten handlers asking for ten different users cost.

use std::collections::HashMap;

use kit_harness::{ServiceError, User, UserApi};
use tokio::sync::Mutex;

/// A cache of user profiles in front of the users API, shared by every request handler
/// (behind an `Arc`).
#[derive(Debug)]
pub struct ProfileCache {
    api: UserApi,
    profiles: Mutex<HashMap<u32, User>>,
}

impl ProfileCache {
    /// An empty cache in front of `api`.
    pub fn new(api: UserApi) -> Self {
        Self {
            api,
            profiles: Mutex::new(HashMap::new()),
        }
    }

    /// The profile of user `id`: from the cache when it is there, otherwise fetched from the
    /// API and remembered.
    pub async fn get(&self, id: u32) -> Result<User, ServiceError> {
        // TODO: this guard stays alive until the end of the function, across the 0.5 s fetch
        // below. Every other handler waits at `lock()` meanwhile, even for a different user,
        // even for one that is already cached: the cache serialises the whole service.
        // Hold the lock only to read or update the map, never while awaiting the API.
        let mut profiles = self.profiles.lock().await;
        if let Some(profile) = profiles.get(&id) {
            return Ok(profile.clone());
        }
        let profile = self.api.fetch_user(id).await?;
        profiles.insert(id, profile.clone());
        Ok(profile)
    }
}
