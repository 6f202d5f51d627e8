//! Slash commands. Each command is a small async fn; long work is pushed to background tasks.
use std::collections::HashMap;
use std::time::Duration;

use anyhow::bail;
use futures::future::join_all;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tracing::{info, warn};

use super::events::Gateway;

pub enum Command {
    Ping,
    Purge { count: u32 },
    Announce { channels: Vec<u64>, text: String },
    Kick { guild: u64, users: Vec<u64> },
    Poll { options: Vec<String> },
}

impl Command {
    pub fn parse(s: &str) -> Option<Self> {
        match s.split_whitespace().next()? {
            "/ping" => Some(Command::Ping),
            _ => None,
        }
    }
}

pub async fn run(gw: &Gateway, channel: u64, cmd: Command) -> anyhow::Result<()> {
    match cmd {
        Command::Ping => gw.reply(channel, "pong").await,
        Command::Purge { count } => {
            if count > 100 {
                bail!("purge limit is 100");
            }
            gw.reply(channel, &format!("purging {count}")).await
        }
        Command::Announce { channels, text } => {
            let sends = channels.iter().map(|c| gw.reply(*c, &text));
            for r in join_all(sends).await { // OK: unbounded-gather
                if let Err(e) = r {
                    warn!(?e, "announce failed");
                }
            }
            Ok(())
        }
        Command::Kick { guild, users } => {
            for chunk in users.chunks(5) {
                let kicks = chunk.iter().map(|u| gw.kick(guild, *u));
                join_all(kicks).await; // OK: unbounded-gather
            }
            Ok(())
        }
        Command::Poll { options } => {
            let mut tally: HashMap<String, u32> = HashMap::new();
            let prompts = join_all(vec![gw.reply(channel, "vote!"), gw.reply(channel, "closing soon")]).await; // OK: unbounded-gather
            for opt in options {
                tally.insert(opt, 0);
            }
            info!(?tally, ok = prompts.len(), "poll posted");
            Ok(())
        }
    }
}

pub async fn welcome(gw: &Gateway, guild: u64, user: u64) -> anyhow::Result<()> {
    tokio::time::sleep(Duration::from_secs(2)).await;
    gw.reply(guild, &format!("welcome <@{user}>")).await
}

pub async fn welcome_many(gw: std::sync::Arc<Gateway>, guild: u64, users: Vec<u64>) {
    let mut set = JoinSet::new();
    for u in users {
        let gw = gw.clone();
        set.spawn(async move { welcome(&gw, guild, u).await }); // OK: detached-spawn // EXPECT: unbounded-gather
    }
    while set.join_next().await.is_some() {}
}

/// Members who joined while the bot was offline: the gateway replays their joins on `joined`
/// when it reconnects, and the bot greets them together once the replay ends.
pub async fn welcome_backlog(gw: std::sync::Arc<Gateway>, guild: u64, mut joined: mpsc::Receiver<u64>) {
    let mut users = Vec::new();
    while let Some(user) = joined.recv().await {
        users.push(user);
    }
    welcome_many(gw, guild, users).await;
}

pub async fn greet_twice(gw: &Gateway, guild: u64, user: u64) {
    let first = welcome(gw, guild, user); // EXPECT: unawaited-future
    let second = welcome(gw, guild, user); // OK: unawaited-future
    let _ = second.await;
}
