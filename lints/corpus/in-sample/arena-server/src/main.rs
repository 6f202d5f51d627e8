//! arena-server: accepts websocket players, matches them into rooms of four, runs each room's
//! simulation on a thread of its own, and keeps a leaderboard in SQLite.

mod admin;
mod chat;
mod leaderboard;
mod lobby;
mod protocol;
mod replay;
mod room;
mod session;

use std::sync::Arc;

use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::leaderboard::Leaderboard;
use crate::lobby::Lobby;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt::init();
    let shutdown = CancellationToken::new();
    let tracker = TaskTracker::new();
    let leaderboard = Arc::new(Leaderboard::open("arena.db").await?);
    let lobby = Lobby::new(leaderboard.clone(), tracker.clone(), shutdown.clone());

    let listener = TcpListener::bind("0.0.0.0:9001").await?;
    let console = admin::Console::new(lobby.clone(), leaderboard.clone());
    tokio::spawn(console.serve_stdin()); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(leaderboard.clone().compact_nightly()); // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn

    loop {
        let (stream, peer) = tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    continue;
                }
            },
        };
        let lobby = lobby.clone();
        tracker.spawn(async move { // OK: untracked-spawn, detached-spawn, unbounded-gather
            if let Err(e) = session::run(stream, lobby).await {
                tracing::debug!(%peer, error = %e, "session ended with an error");
            }
        });
    }

    shutdown.cancel();
    tracker.close();
    tracker.wait().await;
    leaderboard.flush().await
}
