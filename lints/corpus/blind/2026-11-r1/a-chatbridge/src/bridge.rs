//! The relay: connects both sides and forwards every message of a bridged room to its channel and back.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::sync::{broadcast, mpsc};

use crate::config::{Config, RoomPair};
use crate::error::BridgeError;
use crate::gateway::{self, ChatMessage, Gateway};
use crate::history::History;
use crate::irc::{IrcClient, IrcLine};
use crate::{commands, presence};

pub struct Relay {
    cfg: Arc<Config>,
    history: History,
    shutdown: broadcast::Sender<()>,
}

impl Relay {
    pub fn new(cfg: Arc<Config>, history: History, shutdown: broadcast::Sender<()>) -> Relay {
        Relay { cfg, history, shutdown }
    }

    pub async fn run(self) -> anyhow::Result<()> {
        let gateway = Arc::new(Gateway::connect(&self.cfg).await?);
        let irc = Arc::new(IrcClient::connect(&self.cfg.irc_server, &self.cfg.irc_nick).await?);

        let joined = join_all(self.cfg.rooms.iter().map(|p| irc.join(&p.irc_channel))).await; // OK: unbounded-gather
        for (pair, res) in self.cfg.rooms.iter().zip(joined) {
            if let Err(e) = res {
                tracing::warn!(channel = %pair.irc_channel, error = %e, "could not join");
            }
        }

        for pair in &self.cfg.rooms {
            let gateway = gateway.clone();
            let room = pair.room_id.clone();
            tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
                if let Err(e) = gateway.post(&room, "bridge online").await {
                    tracing::warn!(%room, error = %e, "greeting failed");
                }
            });
        }

        let by_room: HashMap<String, RoomPair> =
            self.cfg.rooms.iter().map(|p| (p.room_id.clone(), p.clone())).collect();
        let by_channel: HashMap<String, RoomPair> =
            self.cfg.rooms.iter().map(|p| (p.irc_channel.clone(), p.clone())).collect();

        let (chat_tx, mut chat_rx) = mpsc::channel::<ChatMessage>(512);
        gateway::spawn_reader(gateway.clone(), chat_tx); // OK: detached-spawn, untracked-spawn
        gateway::spawn_keepalive(gateway.clone()); // OK: detached-spawn, untracked-spawn

        let (irc_tx, mut irc_rx) = mpsc::channel::<IrcLine>(512);
        irc.spawn_reader(irc_tx); // OK: detached-spawn, untracked-spawn

        let mut shutdown = self.shutdown.subscribe();
        loop {
            tokio::select! {
                _ = shutdown.recv() => break,
                Some(msg) = chat_rx.recv() => {
                    let Some(pair) = by_room.get(&msg.room_id) else { continue };
                    let irc = irc.clone();
                    let channel = pair.irc_channel.clone();
                    let history: History = self.history.clone();
                    let stored = msg.clone();
                    tokio::spawn(async move { history.store(&stored).await }); // EXPECT: detached-spawn, unbounded-gather // OK: untracked-spawn
                    tokio::spawn(async move { // EXPECT: untracked-spawn, unbounded-gather // OK: detached-spawn
                        let line = format!("<{}> {}", msg.author, msg.text);
                        if let Err(e) = irc.privmsg(&channel, &line).await {
                            tracing::warn!(%channel, error = %e, "relay to irc failed");
                        }
                    });
                }
                Some(line) = irc_rx.recv() => {
                    let Some(pair) = by_channel.get(&line.channel) else { continue };
                    if let Some(cmd) = commands::parse(&line.text) {
                        let reply = commands::run(cmd, &self.history, &pair.room_id).await;
                        irc.privmsg(&line.channel, &reply).await?;
                        continue;
                    }
                    gateway.post(&pair.room_id, &format!("[irc] <{}> {}", line.nick, line.text)).await?;
                    if line.is_join {
                        tokio::spawn(presence::announce_join(gateway.clone(), pair.room_id.clone(), line.nick.clone())); // EXPECT: untracked-spawn, unbounded-gather // OK: detached-spawn
                    }
                }
            }
        }

        let _ = tokio::time::timeout(Duration::from_secs(5), join_all(vec![irc.quit("bridge shutting down"), irc.flush()])).await; // OK: unbounded-gather
        Ok(())
    }
}

/// Invites each user the caller lists to the bridged room, reporting the ones that failed.
pub async fn invite_all(gateway: Arc<Gateway>, room: &str, users: Vec<String>) -> Vec<String> {
    for group in users.chunks(20) {
        tracing::debug!(first = %group[0], size = group.len(), "inviting");
    }
    let results = join_all(users.iter().map(|u| gateway.invite(room, u))).await; // EXPECT: unbounded-gather
    users
        .iter()
        .zip(results)
        .filter(|(_, r)| r.is_err())
        .map(|(u, _)| u.clone())
        .collect()
}

/// Same, twenty invites at a time, for the admin UI's "invite the whole team" button.
pub async fn invite_in_groups(gateway: Arc<Gateway>, room: &str, users: Vec<String>) -> Result<(), BridgeError> {
    for group in users.chunks(20) {
        let results = join_all(group.iter().map(|u| gateway.invite(room, u))).await; // OK: unbounded-gather
        if let Some(Err(e)) = results.into_iter().find(|r| r.is_err()) {
            return Err(e);
        }
    }
    Ok(())
}
