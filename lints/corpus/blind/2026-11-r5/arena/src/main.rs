//! arena: a small multiplayer game server. Players join rooms over TCP; a lobby actor
//! matches them; rooms broadcast moves and keep scores.

mod lobby;
mod room;
mod stats;

pub use stats::apply_events;

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

pub struct Config {
    pub regions: Vec<String>,
    pub workers: usize,
    pub score_file: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Arc::new(Config {
        regions: vec!["eu".into(), "us".into()],
        workers: 4,
        score_file: "/var/lib/arena/scores.json".into(),
    });
    let (lobby, joins) = lobby::Lobby::new(config.clone());
    let lobby = Arc::new(lobby);
    tokio::spawn(lobby::match_players(lobby.clone(), joins)); // OK: detached-spawn // EXPECT: untracked-spawn
    let shutdown = tokio::spawn(async { // OK: detached-spawn, untracked-spawn
        tokio::signal::ctrl_c().await.ok();
    });

    let listener = TcpListener::bind("0.0.0.0:4000").await?;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => lobby.save_scores().await?,
            accepted = listener.accept() => {
                let (stream, _) = accepted?;
                let lobby = lobby.clone();
                tokio::spawn(async move { lobby.welcome(stream).await }); // EXPECT: detached-spawn // OK: unbounded-gather
            }
        }
        if shutdown.is_finished() {
            break;
        }
    }
    Ok(())
}
