//! Rooms and their members; fan-out of each message to every member.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use tokio::sync::{RwLock, mpsc};

pub type Outbox = mpsc::Sender<String>;

#[derive(Default)]
pub struct Rooms {
    members: RwLock<HashMap<String, Vec<Outbox>>>,
    events: std::sync::Mutex<Vec<String>>,
}

impl Rooms {
    pub async fn join(&self, room: &str, outbox: Outbox) {
        self.members.write().await.entry(room.to_string()).or_default().push(outbox);
        self.events.lock().unwrap().push(format!("join {room}")); // OK: blocking-in-async
    }

    /// Sends a message to every member at once: a room with 50k members means 50k sends in
    /// flight together.
    pub async fn broadcast(&self, room: &str, text: &str) {
        let members = self.members.read().await.get(room).cloned().unwrap_or_default();
        join_all(members.iter().map(|outbox| outbox.send(text.to_string()))).await; // OK: unbounded-gather
    }

    pub async fn broadcast_bounded(&self, room: &str, text: &str) {
        let members = self.members.read().await.get(room).cloned().unwrap_or_default();
        stream::iter(members).for_each_concurrent(64, |outbox| async move { // OK: unbounded-gather
            let _ = outbox.send(text.to_string()).await;
        }).await;
    }

    pub async fn announce_everywhere(&self, text: String) {
        let rooms = self.members.read().await.clone();
        for (_, members) in rooms {
            for outbox in members {
                let text = text.clone();
                tokio::spawn(async move { outbox.send(text).await }); // OK: detached-spawn, unbounded-gather
            }
        }
    }

    pub async fn member_count(&self, room: &str) -> usize {
        self.members.read().await.get(room).map_or(0, Vec::len) // OK: blocking-in-async
    }

    pub async fn prune(&self) {
        self.members.write().await.retain(|_, members| {
            members.retain(|outbox| !outbox.is_closed());
            !members.is_empty()
        });
    }
}

pub async fn expire_idle(rooms: Arc<Rooms>) {
    loop {
        tokio::time::sleep(Duration::from_secs(30)).await; // OK: blocking-in-async, unawaited-future
        rooms.prune(); // EXPECT: unawaited-future
    }
}
