//! `lobby`: a line-based chat and matchmaking server. Start-up loads the message of the day and
//! the ban list, then every connection gets a task of its own.

mod conn;
mod history;
mod housekeeping;
mod ledger;
mod matchmaker;
mod presence;
mod protocol;
mod rooms;
mod scoreboard;

use std::sync::Arc;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let rooms = Arc::new(rooms::Rooms::default());
    tokio::spawn(housekeeping::purge_idle(rooms.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let motd = std::fs::read_to_string("/etc/lobby/motd")?; // OK: blocking-in-async
    let bans = std::fs::read_to_string("/etc/lobby/bans")?; // OK: blocking-in-async
    rooms.load_bans(&bans);
    matchmaker::start(rooms.clone());
    let listener = TcpListener::bind("0.0.0.0:4000").await?;
    loop {
        let (sock, peer) = listener.accept().await?;
        tracing::debug!(%peer, "connected");
        tokio::spawn(conn::handle(sock, rooms.clone(), motd.clone())); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
    }
}
