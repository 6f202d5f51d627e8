//! Presence on the IRC side shown in the chat room: joins, typing, idle users.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, Semaphore};
use tokio::time::interval;

use crate::gateway::{ChatMessage, Gateway};

const IDLE: Duration = Duration::from_secs(30 * 60);

pub struct RoomState {
    pub room_id: String,
    pub members: usize,
    pub last_activity: Instant,
    pub maintenance: bool,
}

pub async fn announce_join(gateway: Arc<Gateway>, room: String, nick: String) {
    // Netsplits rejoin hundreds of users at once; a short pause lets the burst be folded by the service.
    tokio::time::sleep(Duration::from_secs(2)).await;
    if let Err(e) = gateway.post(&room, &format!("{nick} joined on IRC")).await {
        tracing::debug!(%room, error = %e, "join notice failed");
    }
}

/// Shows a typing notice; at most a few at once, the semaphore says how many.
pub fn show_typing(gateway: Arc<Gateway>, room: String, limit: Arc<Semaphore>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let Ok(permit) = limit.acquire_owned().await else { return };
        let _ = gateway.post(&room, "(someone on IRC is typing)").await;
        tokio::time::sleep(Duration::from_secs(3)).await;
        drop(permit)
    });
}

/// Forgets IRC users idle for half an hour, a hundred per sweep at most.
pub fn spawn_idle_sweeper(seen: Arc<Mutex<HashMap<String, Instant>>>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            let mut seen = seen.lock().await;
            let mut removed = 0;
            for (nick, at) in seen.clone() {
                if removed >= 100 {
                    break;
                }
                if at.elapsed() > IDLE {
                    seen.remove(&nick);
                    removed += 1;
                }
            }
        }
    });
}

/// Drops the state of empty or day-old rooms every two minutes.
pub fn spawn_room_pruner(rooms: Arc<Mutex<Vec<RoomState>>>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(120)).await;
            rooms.lock().await.retain(|r| {
                if r.members == 0 {
                    return false;
                }
                r.last_activity.elapsed() < Duration::from_secs(24 * 3600)
            });
        }
    });
}

/// Watches the room list until an operator puts any room into maintenance, then stops relaying presence.
pub fn spawn_maintenance_watch(rooms: Arc<Mutex<Vec<RoomState>>>, gateway: Arc<Gateway>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut tick = interval(Duration::from_secs(10));
        'watch: loop {
            tick.tick().await;
            for r in rooms.lock().await.iter() {
                if r.maintenance {
                    let _ = gateway.post(&r.room_id, "presence paused for maintenance").await;
                    break 'watch;
                }
            }
        }
    });
}

/// Replays missed messages into a room after a reconnect, counting how many went through.
pub fn replay_backlog(gateway: Arc<Gateway>, room: String, backlog: Vec<ChatMessage>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut sent = 0usize;
        for m in backlog {
            if gateway.post(&room, &format!("<{}> {}", m.author, m.text)).await.is_ok() {
                sent += 1;
            }
        }
        sent
    });
}
