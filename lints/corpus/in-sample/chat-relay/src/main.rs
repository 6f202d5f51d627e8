//! Accepts websocket connections and relays chat messages between the members of a room.

mod moderation;
mod room;
mod session;

use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::task::TaskTracker;

use crate::room::Rooms;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:9000").await?;
    let rooms = Arc::new(Rooms::default());
    let banned = moderation::load_ban_list("bans.txt"); // OK: blocking-in-async
    let sessions = TaskTracker::new();
    let mut housekeeping = JoinSet::new();
    housekeeping.spawn(room::expire_idle(rooms.clone())); // OK: detached-spawn
    loop {
        let (stream, peer) = listener.accept().await?;
        if banned.contains(&peer.ip()) {
            continue;
        }
        if sessions.len() > 10_000 {
            tokio::spawn(session::reject(stream)); // OK: unbounded-gather, detached-spawn
            continue;
        }
        sessions.spawn(session::serve(stream, rooms.clone())); // OK: detached-spawn, unbounded-gather
    }
}
