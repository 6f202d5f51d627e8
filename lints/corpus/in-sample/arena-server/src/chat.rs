//! Room and global chat: messages fan out to the players' outboxes, a moderation service
//! scores each message, and flagged players are muted for a while.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{broadcast, mpsc, Mutex};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::protocol::ServerMessage;

#[derive(Clone, Debug)]
pub struct ChatLine {
    pub from: u64,
    pub name: String,
    pub text: String,
}

#[derive(serde::Deserialize)]
struct Verdict {
    toxic: f32,
}

pub struct Chat {
    global: broadcast::Sender<ChatLine>,
    muted: Mutex<HashMap<u64, tokio::time::Instant>>,
    moderation: reqwest::Client,
    moderation_url: String,
    audit: mpsc::Sender<ChatLine>,
}

impl Chat {
    pub fn new(moderation_url: String, audit: mpsc::Sender<ChatLine>) -> Arc<Self> {
        let (global, _) = broadcast::channel(512);
        Arc::new(Self { global, muted: Mutex::new(HashMap::new()), moderation: reqwest::Client::new(), moderation_url, audit })
    }

    async fn score(&self, line: &ChatLine) -> Result<f32, reqwest::Error> {
        let verdict: Verdict = self.moderation.post(&self.moderation_url).json(&serde_json::json!({ "text": line.text })).send().await?.json().await?;
        Ok(verdict.toxic)
    }

    /// Posts a line to global chat; moderation runs after the fact so chat stays snappy.
    pub async fn post(self: &Arc<Self>, line: ChatLine) {
        if self.muted.lock().await.get(&line.from).is_some_and(|until| *until > tokio::time::Instant::now()) {
            return;
        }
        let _ = self.global.send(line.clone()); // OK: unawaited-future
        let chat = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            match chat.score(&line).await {
                Ok(toxic) if toxic > 0.9 => chat.mute(line.from, Duration::from_secs(300)).await,
                Ok(_) => {}
                Err(e) => tracing::debug!(error = %e, "moderation unavailable"),
            }
        });
        let audit = self.audit.clone();
        tokio::spawn(async move { audit.send(line).await }); // EXPECT: detached-spawn [mentions: send] // OK: untracked-spawn
    }

    async fn mute(&self, player: u64, length: Duration) {
        self.muted.lock().await.insert(player, tokio::time::Instant::now() + length);
    }

    /// A moderator's manual mute, with the "unmuted" notice sent when it ends.
    pub async fn mute_with_notice(self: &Arc<Self>, player: u64, length: Duration, outbox: mpsc::Sender<ServerMessage>) {
        self.mute(player, length).await;
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            tokio::time::sleep(length).await;
            let _ = outbox.send(ServerMessage::Chat { from: "server".into(), text: "you can chat again".into() }).await;
        });
    }

    /// Scores a line for the moderator UI's "check" button and forgets the answer.
    pub fn prefetch_score(self: &Arc<Self>, line: ChatLine) {
        let chat = self.clone();
        tokio::spawn(async move { chat.score(&line).await }); // EXPECT: detached-spawn [mentions: score] // OK: untracked-spawn
    }

    /// Feeds one player's outbox from global chat until the player leaves.
    pub fn subscribe(&self, player: u64, outbox: mpsc::Sender<ServerMessage>, left: CancellationToken) {
        let mut lines = self.global.subscribe();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            loop {
                let line = tokio::select! {
                    _ = left.cancelled() => break,
                    line = lines.recv() => line,
                };
                match line {
                    Ok(line) if line.from != player => {
                        if outbox.send(ServerMessage::Chat { from: line.name, text: line.text }).await.is_err() {
                            break;
                        }
                    }
                    Ok(_) => {}
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => break,
                }
            }
        });
    }

    /// Feeds one spectator's outbox from global chat; spectators never "leave" in this
    /// version, the task relies on the socket writer going away.
    pub fn subscribe_spectator(&self, outbox: mpsc::Sender<ServerMessage>) {
        let mut lines = self.global.subscribe();
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
            loop {
                if let Ok(line) = lines.recv().await {
                    let _ = outbox.try_send(ServerMessage::Chat { from: line.name, text: line.text });
                }
            }
        });
    }

    /// Replays the last lines to a reconnecting player, all lines at once, then waits for
    /// the sends to finish.
    pub async fn replay(&self, history: &[ChatLine], outbox: mpsc::Sender<ServerMessage>) {
        let mut sends = JoinSet::new();
        for line in history.iter().rev().take(50) {
            let outbox = outbox.clone();
            let message = ServerMessage::Chat { from: line.name.clone(), text: line.text.clone() };
            sends.spawn(async move { outbox.send(message).await }); // OK: untracked-spawn, detached-spawn, unbounded-gather
        }
        while sends.join_next().await.is_some() {}
    }
}

/// Writes the audit log of chat to disk, one line per message, until the sender goes away.
pub fn start_audit_writer(mut lines: mpsc::Receiver<ChatLine>, path: std::path::PathBuf) {
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: `Result`] // OK: untracked-spawn
        use tokio::io::AsyncWriteExt;
        let mut file = tokio::fs::OpenOptions::new().create(true).append(true).open(&path).await?;
        while let Some(line) = lines.recv().await {
            file.write_all(format!("{}\t{}\t{}\n", line.from, line.name, line.text).as_bytes()).await?;
        }
        file.flush().await
    });
}
