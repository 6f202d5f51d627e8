use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use crate::protocol::{RoomId, RoomSummary, ServerEvent, UserId};

pub struct Member {
    pub user: UserId,
    pub tx: mpsc::Sender<ServerEvent>,
    pub joined_at: Instant,
}

impl Member {
    pub fn new(user: UserId, tx: mpsc::Sender<ServerEvent>) -> Self {
        Self { user, tx, joined_at: Instant::now() }
    }
}

pub struct Room {
    pub id: RoomId,
    pub name: String,
    pub members: HashMap<UserId, Member>,
    pub last_activity: Instant,
}

impl Room {
    pub fn new(id: RoomId, name: &str, owner: Member) -> Self {
        let mut members = HashMap::new();
        members.insert(owner.user, owner);
        Self { id, name: name.to_owned(), members, last_activity: Instant::now() }
    }

    pub fn summary(&self) -> RoomSummary {
        RoomSummary { id: self.id, name: self.name.clone(), members: self.members.len() }
    }

    pub fn senders_except(&self, user: UserId) -> Vec<mpsc::Sender<ServerEvent>> {
        self.members
            .values()
            .filter(|m| m.user != user)
            .map(|m| m.tx.clone())
            .collect()
    }

    pub fn is_idle(&self, now: Instant, after: Duration) -> bool {
        self.members.is_empty() || now.saturating_duration_since(self.last_activity) > after
    }
}
