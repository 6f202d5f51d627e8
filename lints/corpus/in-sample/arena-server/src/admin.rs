//! The operator console: commands typed on stdin (`who`, `kick 42`, `top`, `drain`). The
//! async console reads stdin with tokio; the old console ran on a thread of its own and its
//! helpers still block.

use std::sync::Arc;

use futures::executor::block_on;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::runtime::Handle;

use crate::leaderboard::Leaderboard;
use crate::lobby::Lobby;

pub struct Console {
    lobby: Lobby,
    leaderboard: Arc<Leaderboard>,
}

impl Console {
    pub fn new(lobby: Lobby, leaderboard: Arc<Leaderboard>) -> Self {
        Self { lobby, leaderboard }
    }

    /// Reads commands until stdin closes.
    pub async fn serve_stdin(self) {
        let mut lines = BufReader::new(tokio::io::stdin()).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            let reply = self.execute(line.trim()).await;
            println!("{reply}");
        }
    }

    async fn execute(&self, command: &str) -> String {
        let mut words = command.split_whitespace();
        match (words.next(), words.next()) {
            (Some("who"), _) => format!("{} waiting", self.lobby.waiting().await),
            (Some("kick"), Some(id)) => {
                let Ok(player) = id.parse() else { return "kick <player id>".into() };
                let kicked = self.lobby.kick(player, "kicked by an operator".into()).await;
                format!("kicked: {kicked}")
            }
            (Some("kick-now"), Some(id)) => {
                let player: u64 = id.parse().unwrap_or_default();
                let kicked = self.lobby.kick_from_console(player); // EXPECT: block-on-in-async [mentions: blocking_lock]
                format!("kicked: {kicked}")
            }
            (Some("top"), _) => render_top(&self.leaderboard.top(10).await),
            (Some("top-cached"), _) => render_top(&self.leaderboard.top_from_console()), // EXPECT: block-on-in-async [mentions: blocking_read]
            (Some("top-offloaded"), _) => {
                let board = self.leaderboard.clone();
                let top = tokio::task::spawn_blocking(move || board.top_from_console()).await.unwrap_or_default(); // OK: block-on-in-async
                render_top(&top)
            }
            (Some("waiting-now"), _) => {
                let waiting = block_on(self.lobby.waiting()); // EXPECT: block-on-in-async
                format!("{waiting} waiting")
            }
            (Some("top-now"), _) => {
                let top = Handle::current().block_on(self.leaderboard.top(10)); // EXPECT: block-on-in-async
                render_top(&top)
            }
            _ => "commands: who, kick <id>, kick-now <id>, top, top-cached".into(),
        }
    }
}

fn render_top(top: &[(u64, u32)]) -> String {
    top.iter().map(|(player, score)| format!("{player:>8} {score:>6}")).collect::<Vec<_>>().join("\n")
}

/// The old console, still used by the `--console=thread` flag: it owns a thread and blocks.
pub fn spawn_thread_console(lobby: Lobby, leaderboard: Arc<Leaderboard>, runtime: Handle) -> std::io::Result<()> {
    std::thread::Builder::new().name("console".into()).spawn(move || {
        let stdin = std::io::stdin();
        let mut line = String::new();
        while stdin.read_line(&mut line).map(|n| n > 0).unwrap_or(false) { // OK: blocking-in-async
            let reply = match line.trim() {
                "who" => format!("{} waiting", runtime.block_on(lobby.waiting())), // OK: block-on-in-async
                "top" => render_top(&leaderboard.top_from_console()), // OK: block-on-in-async
                "drain" => {
                    let waiting = block_on(lobby.waiting()); // OK: block-on-in-async
                    format!("{waiting} players still waiting")
                }
                other => format!("unknown command {other}"),
            };
            println!("{reply}");
            line.clear();
        }
    })?;
    Ok(())
}
