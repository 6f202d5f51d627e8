use std::collections::HashMap;
use std::time::{Duration, Instant};

pub type SessionId = u64;
pub type UserId = u64;

#[derive(Debug, Clone)]
pub struct Session {
    pub id: SessionId,
    pub user_id: UserId,
    pub created_at: Instant,
    pub last_seen: Instant,
    pub attributes: HashMap<String, String>,
}

impl Session {
    pub fn new(id: SessionId, user_id: UserId) -> Self {
        let now = Instant::now();
        Self {
            id,
            user_id,
            created_at: now,
            last_seen: now,
            attributes: HashMap::new(),
        }
    }

    pub fn is_expired(&self, ttl: Duration, now: Instant) -> bool {
        now.saturating_duration_since(self.last_seen) > ttl
    }
}
