//! Rooms and their members, shared by every connection task.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, RwLock};

use futures::future::join_all;
use tokio::sync::{broadcast, mpsc};

use crate::protocol::Invite;

pub struct Member {
    pub name: String,
    pub tx: mpsc::Sender<String>,
}

pub struct Room {
    pub members: HashMap<u64, Member>,
    pub events: broadcast::Sender<String>,
}

#[derive(Default)]
pub struct Rooms {
    inner: Mutex<HashMap<String, Room>>,
    players: RwLock<HashMap<u64, Member>>,
    banned: Mutex<HashSet<u64>>,
    last_seen: parking_lot::Mutex<HashMap<u64, std::time::Instant>>,
}

impl Rooms {
    pub fn load_bans(&self, text: &str) {
        let mut banned = self.banned.lock().unwrap(); // OK: lock-across-await
        banned.extend(text.lines().filter_map(|l| l.trim().parse::<u64>().ok()));
    }

    pub fn purge_empty(&self) -> usize {
        let mut rooms = self.inner.lock().unwrap(); // OK: lock-across-await
        let before = rooms.len();
        rooms.retain(|_, room| !room.members.is_empty());
        before - rooms.len()
    }

    async fn deliver(&self, to: u64, text: &str) -> anyhow::Result<()> {
        let tx = self.players.read().unwrap().get(&to).map(|m| m.tx.clone()); // OK: lock-across-await
        if let Some(tx) = tx {
            tx.send(text.to_string()).await?;
        }
        Ok(())
    }

    pub async fn join(&self, room: &str, id: u64, member: Member) -> anyhow::Result<()> {
        let mut rooms = self.inner.lock().unwrap(); // EXPECT: lock-across-await
        let entry = rooms.entry(room.to_string()).or_insert_with(|| Room { members: HashMap::new(), events: broadcast::channel(64).0 });
        entry.members.insert(id, member);
        self.deliver(id, &format!("joined {room}")).await?;
        Ok(())
    }

    pub async fn join_scoped(&self, room: &str, id: u64, member: Member) -> anyhow::Result<()> {
        {
            let mut rooms = self.inner.lock().unwrap(); // OK: lock-across-await
            let entry = rooms.entry(room.to_string()).or_insert_with(|| Room { members: HashMap::new(), events: broadcast::channel(64).0 });
            let _ = entry.events.send(format!("{} joined", member.name)); // OK: unawaited-future
            entry.members.insert(id, member);
        }
        self.deliver(id, &format!("joined {room}")).await
    }

    pub async fn say(&self, room: &str, from: u64, text: &str) -> anyhow::Result<()> {
        match self.inner.lock().unwrap().get(room) { // EXPECT: lock-across-await
            Some(r) => {
                for member in r.members.values() {
                    member.tx.send(format!("{from}: {text}")).await?;
                }
            }
            None => self.deliver(from, "no such room").await?,
        }
        Ok(())
    }

    pub async fn whisper(&self, to: u64, text: &str) -> anyhow::Result<()> {
        if let Some(member) = self.players.read().unwrap().get(&to) { // EXPECT: lock-across-await
            member.tx.send(text.to_string()).await?;
        }
        Ok(())
    }

    pub async fn shout(&self, text: &str) {
        for member in self.players.read().unwrap().values() { // EXPECT: lock-across-await
            let _ = member.tx.send(text.to_string()).await;
        }
    }

    pub async fn who(&self, asker: u64) -> anyhow::Result<()> {
        let count = self.players.read().unwrap().len(); // OK: lock-across-await
        self.deliver(asker, &format!("{count} online")).await
    }

    pub async fn touch(&self, id: u64) -> anyhow::Result<()> {
        let mut seen = self.last_seen.lock(); // EXPECT: lock-across-await
        seen.insert(id, std::time::Instant::now());
        self.deliver(id, "pong").await
    }

    pub async fn touch_quick(&self, id: u64) -> anyhow::Result<()> {
        let mut seen = self.last_seen.lock(); // OK: lock-across-await
        seen.insert(id, std::time::Instant::now());
        drop(seen);
        self.deliver(id, "pong").await
    }

    pub async fn is_allowed(&self, id: u64) -> bool {
        if self.banned.lock().unwrap().contains(&id) || self.recently_kicked(id).await { // OK: lock-across-await
            return false;
        }
        true
    }

    async fn recently_kicked(&self, id: u64) -> bool {
        tokio::task::yield_now().await;
        id == 0
    }

    pub async fn name_of(&self, id: u64) -> String {
        if let Some(name) = self.players.read().unwrap().get(&id).map(|m| m.name.clone()) { // EXPECT: lock-across-await
            name
        } else {
            self.deliver(id, "who are you?").await.ok();
            String::from("anonymous")
        }
    }

    pub async fn kick_many(&self, ids: Vec<u64>) {
        join_all(ids.iter().map(|id| self.deliver(*id, "you were kicked"))).await; // EXPECT: unbounded-gather
        self.deliver(0, "kicks done"); // EXPECT: unawaited-future
        self.banned.lock().unwrap().extend(ids); // OK: lock-across-await
    }

    pub async fn invite_all(&self, json: &str) -> anyhow::Result<()> {
        let invites: Vec<Invite> = serde_json::from_str(json)?;
        join_all(invites.iter().map(|i| self.deliver(i.player, &i.room))).await; // EXPECT: unbounded-gather
        Ok(())
    }

    pub async fn greet(&self, id: u64) {
        join_all(vec![self.deliver(id, "welcome"), self.deliver(id, "type /help")]).await; // OK: unbounded-gather
    }
}
