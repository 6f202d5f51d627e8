//! Exercise 16, solved: the lock guards the map, never the fetch.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use kit_harness::{ServiceError, User, UserApi};

/// A cache of user profiles in front of the users API, shared by every request handler
/// (behind an `Arc`).
#[derive(Debug)]
pub struct ProfileCache {
    api: UserApi,
    // A plain `std::sync::Mutex` is the right tool once the guard is never held across an
    // `.await`: locking it costs nanoseconds and cannot block the runtime for longer than a
    // map lookup. (Held across an `.await`, it would be worse than tokio's: the future stops
    // being `Send`, so `tokio::spawn` refuses it, and on one thread a second `lock()` while the
    // first guard sleeps would deadlock.)
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
        // Look up and CLONE the profile out while holding the lock; the guard is a temporary
        // of this statement, so it is released at the semicolon, before anything awaits.
        let cached = self.lookup().get(&id).cloned();
        if let Some(profile) = cached {
            return Ok(profile);
        }

        // No lock is held during the 0.5 s fetch: handlers for other users fetch at the same
        // time, and cache hits are answered at once. Two handlers missing the SAME user may both
        // fetch it; that costs one duplicate request, never a wrong answer. (When duplicates
        // matter, keep a per-key `tokio::sync::OnceCell` in the map, so only the callers of
        // that one key wait for its fetch.)
        let profile = self.api.fetch_user(id).await?;

        // Lock again, briefly, to remember the result.
        self.lookup().insert(id, profile.clone());
        Ok(profile)
    }

    fn lookup(&self) -> std::sync::MutexGuard<'_, HashMap<u32, User>> {
        // A handler that panicked while holding the lock left the map consistent (every
        // update is a single insert), so keep serving instead of propagating the poison.
        self.profiles.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
