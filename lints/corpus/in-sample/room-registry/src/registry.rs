use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock, RwLockWriteGuard};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail};
use tokio::sync::{mpsc, Mutex as AsyncMutex};

use crate::protocol::{RoomId, RoomSummary, ServerEvent, UserId};
use crate::room::{Member, Room};

type RoomTable = HashMap<RoomId, Room>;

/// All live chat rooms of one gateway node.
pub struct Registry {
    rooms: RwLock<RoomTable>,
    lobby: RwLock<Vec<mpsc::Sender<ServerEvent>>>,
    snapshot: RwLock<Vec<RoomSummary>>,
    archive: AsyncMutex<HashMap<RoomId, RoomSummary>>,
    next_room: Mutex<RoomId>,
    max_rooms: usize,
}

/// Removes rooms nobody is in any more. Takes the guard by value so the
/// write lock is released as soon as it returns.
fn prune_empty(mut rooms: RwLockWriteGuard<'_, RoomTable>) -> Vec<Room> {
    let empty: Vec<RoomId> = rooms
        .iter()
        .filter(|(_, r)| r.members.is_empty())
        .map(|(id, _)| *id)
        .collect();
    empty.iter().filter_map(|id| rooms.remove(id)).collect()
}

impl Registry {
    pub fn new(max_rooms: usize) -> Self {
        Self {
            rooms: RwLock::new(HashMap::new()),
            lobby: RwLock::new(Vec::new()),
            snapshot: RwLock::new(Vec::new()),
            archive: AsyncMutex::new(HashMap::new()),
            next_room: Mutex::new(1),
            max_rooms,
        }
    }

    fn allocate_id(&self) -> RoomId {
        let mut next = self.next_room.lock().unwrap(); // OK: lock-across-await
        let id = *next;
        *next += 1;
        id
    }

    pub fn enter_lobby(&self, tx: mpsc::Sender<ServerEvent>) {
        self.lobby.write().unwrap().push(tx); // OK: lock-across-await
    }

    pub fn refresh_snapshot(&self) {
        let summaries: Vec<RoomSummary> = self.rooms.read().unwrap().values().map(Room::summary).collect(); // OK: lock-across-await
        *self.snapshot.write().unwrap() = summaries; // OK: lock-across-await
    }

    pub async fn create_room(&self, name: &str, owner: Member) -> anyhow::Result<RoomId> {
        let id = self.allocate_id();
        let owner_id = owner.user;
        let mut rooms = self // EXPECT: lock-across-await
            .rooms
            .write()
            .expect("room table poisoned");
        if rooms.len() >= self.max_rooms {
            bail!("room limit of {} reached", self.max_rooms);
        }
        rooms.insert(id, Room::new(id, name, owner));
        self.announce_in_lobby(ServerEvent::Joined { room: id, user: owner_id }).await;
        Ok(id)
    }

    pub async fn join(&self, room: RoomId, member: Member) -> anyhow::Result<()> {
        let user = member.user;
        let others = {
            let mut rooms = self.rooms.write().unwrap(); // OK: lock-across-await
            let target = rooms.get_mut(&room).ok_or_else(|| anyhow!("no such room {room}"))?;
            target.members.insert(user, member);
            target.last_activity = Instant::now();
            target.senders_except(user)
        };
        for tx in others {
            let _ = tx.send(ServerEvent::Joined { room, user }).await;
        }
        Ok(())
    }

    pub async fn leave(&self, room: RoomId, user: UserId) -> anyhow::Result<()> {
        if let Ok(mut rooms) = self.rooms.write() { // EXPECT: lock-across-await
            if let Some(target) = rooms.get_mut(&room) {
                if let Some(member) = target.members.remove(&user) {
                    let _ = member.tx.send(ServerEvent::Left { room, user }).await;
                }
            }
        }
        Ok(())
    }

    pub async fn broadcast(&self, room: RoomId, from: UserId, body: String) -> anyhow::Result<usize> {
        let rooms = self.rooms.read().unwrap(); // EXPECT: lock-across-await
        let Some(target) = rooms.get(&room) else {
            bail!("no such room {room}");
        };
        let event = ServerEvent::Message { room, from, body };
        let mut delivered = 0;
        for member in target.members.values().filter(|m| m.user != from) {
            if member.tx.send(event.clone()).await.is_ok() {
                delivered += 1;
            }
        }
        Ok(delivered)
    }

    /// Same as `broadcast`, but clones the senders out first.
    pub async fn relay(&self, room: RoomId, from: UserId, body: String) -> anyhow::Result<usize> {
        let senders = match self.rooms.read().unwrap().get(&room) { // OK: lock-across-await
            Some(target) => target.senders_except(from),
            None => return Ok(0),
        };
        let event = ServerEvent::Message { room, from, body };
        let mut delivered = 0;
        for tx in senders {
            if tx.send(event.clone()).await.is_ok() {
                delivered += 1;
            }
        }
        Ok(delivered)
    }

    pub async fn announce_in_lobby(&self, event: ServerEvent) {
        for tx in self.lobby.read().unwrap().iter() { // EXPECT: lock-across-await
            let _ = tx.send(event.clone()).await;
        }
    }

    pub async fn announce_in_lobby_detached(&self, event: ServerEvent) {
        let lobby: Vec<mpsc::Sender<ServerEvent>> = self.lobby.read().unwrap().clone(); // OK: lock-across-await
        for tx in lobby {
            let _ = tx.send(event.clone()).await;
        }
    }

    pub async fn send_snapshot(&self, tx: &mpsc::Sender<ServerEvent>) -> anyhow::Result<()> {
        tx.send(ServerEvent::Snapshot { rooms: self.snapshot.read().unwrap().clone() }).await?; // EXPECT: lock-across-await
        Ok(())
    }

    pub async fn room_summary(&self, room: RoomId) -> anyhow::Result<RoomSummary> {
        if let Some(target) = self.rooms.read().unwrap().get(&room) { // EXPECT: lock-across-await
            Ok(target.summary())
        } else {
            self.archive // OK: lock-across-await
                .lock()
                .await
                .get(&room)
                .cloned()
                .ok_or_else(|| anyhow!("unknown room {room}"))
        }
    }

    pub async fn close_room(&self, room: RoomId) -> anyhow::Result<()> {
        let mut rooms = self.rooms.write().map_err(|_| anyhow!("room table poisoned"))?; // EXPECT: lock-across-await
        let Some(closed) = rooms.remove(&room) else {
            return Ok(());
        };
        for member in closed.members.values() {
            let _ = member.tx.send(ServerEvent::RoomClosed { room }).await;
        }
        self.archive.lock().await.insert(room, closed.summary()); // OK: lock-across-await
        Ok(())
    }

    pub async fn close_idle(&self, idle_for: Duration) -> usize {
        let now = Instant::now();
        let closed: Vec<Room> = {
            let mut rooms = self.rooms.write().unwrap(); // OK: lock-across-await
            let idle: Vec<RoomId> = rooms.values().filter(|r| r.is_idle(now, idle_for)).map(|r| r.id).collect();
            idle.iter().filter_map(|id| rooms.remove(id)).collect()
        };
        let mut archive = self.archive.lock().await; // OK: lock-across-await
        for room in &closed {
            for member in room.members.values() {
                let _ = member.tx.send(ServerEvent::RoomClosed { room: room.id }).await;
            }
            archive.insert(room.id, room.summary());
        }
        closed.len()
    }

    pub async fn prune(&self) -> usize {
        let rooms = self.rooms.write().unwrap(); // OK: lock-across-await
        let pruned = prune_empty(rooms);
        let mut archive = self.archive.lock().await; // OK: lock-across-await
        for room in &pruned {
            archive.insert(room.id, room.summary());
        }
        pruned.len()
    }

    pub async fn room_count_after_cleanup(&self) -> usize {
        if self.rooms.read().unwrap().len() > self.max_rooms / 2 { // OK: lock-across-await
            self.close_idle(Duration::from_secs(300)).await;
        }
        self.rooms.read().unwrap().len() // OK: lock-across-await
    }

    /// Sorted room listing for the admin page; sorting thousands of rooms is
    /// kept off the reactor.
    pub async fn listing(self: &Arc<Self>) -> anyhow::Result<Vec<RoomSummary>> {
        let registry = Arc::clone(self);
        let listing = tokio::task::spawn_blocking(move || {
            let rooms = registry.rooms.read().unwrap(); // OK: lock-across-await
            let mut all: Vec<RoomSummary> = rooms.values().map(Room::summary).collect();
            all.sort_by(|a, b| b.members.cmp(&a.members).then_with(|| a.name.cmp(&b.name)));
            all
        })
        .await?;
        Ok(listing)
    }
}
