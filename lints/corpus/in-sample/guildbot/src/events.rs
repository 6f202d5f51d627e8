//! Gateway connection and the event dispatch loop.
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::task::TaskTracker;
use tracing::{debug, error, info, warn};

use super::commands::{self, Command};
use super::sync::{spawn, RateLimiter, ShardBarrier};

#[derive(Debug, Clone)]
pub enum Event {
    Message { channel: u64, author: u64, content: String },
    MemberJoin { guild: u64, user: u64 },
    Ready { shard: u32 },
    Heartbeat,
}

pub struct Gateway {
    ws: tokio::sync::Mutex<ws::Socket>,
    limiter: RateLimiter,
    barrier: ShardBarrier,
    audit_tx: mpsc::UnboundedSender<String>,
    metrics: std::sync::mpsc::Sender<u64>,
}

impl Gateway {
    pub async fn connect(token: &str) -> anyhow::Result<Self> {
        let ws = ws::Socket::connect("wss://gateway.example/v10", token).await?;
        let (audit_tx, audit_rx) = mpsc::unbounded_channel();
        let (metrics, metrics_rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(n) = metrics_rx.recv() { // OK: blocking-in-async
                debug!(n, "metric");
            }
        });
        tokio::spawn(audit_writer(audit_rx)); // OK: detached-spawn
        Ok(Self {
            ws: tokio::sync::Mutex::new(ws),
            limiter: RateLimiter::new(50),
            barrier: ShardBarrier::new(2),
            audit_tx,
            metrics,
        })
    }

    pub async fn next_event(&self) -> Option<Event> {
        self.ws.lock().await.recv_json().await.ok()
    }

    pub async fn reply(&self, channel: u64, text: &str) -> anyhow::Result<()> {
        self.limiter.wait().await; // OK: blocking-in-async
        self.ws.lock().await.send_json(&(channel, text)).await?;
        self.audit_tx.send(format!("reply {channel}")).ok(); // OK: unawaited-future
        self.metrics.send(1).ok(); // OK: unawaited-future
        Ok(())
    }

    pub async fn kick(&self, guild: u64, user: u64) -> anyhow::Result<()> {
        self.ws.lock().await.send_json(&("kick", guild, user)).await?;
        Ok(())
    }
}

async fn audit_writer(mut rx: mpsc::UnboundedReceiver<String>) {
    while let Some(line) = rx.recv().await { // OK: blocking-in-async
        info!(%line, "audit");
    }
}

pub async fn pump(gw: Arc<Gateway>, tx: mpsc::Sender<Event>) {
    while let Some(ev) = gw.next_event().await {
        if tx.send(ev).await.is_err() {
            break;
        }
    }
}

pub async fn dispatch_loop(gw: Arc<Gateway>, mut rx: mpsc::Receiver<Event>) {
    let tracker = TaskTracker::new();
    let mut heartbeat = tokio::time::interval(Duration::from_secs(41));
    loop {
        tokio::select! {
            Some(ev) = rx.recv() => {
                let gw = Arc::clone(&gw);
                match ev {
                    Event::Message { channel, content, .. } if content.starts_with('/') => {
                        spawn(&tracker, async move { // OK: detached-spawn
                            if let Some(cmd) = Command::parse(&content) {
                                if let Err(e) = commands::run(&gw, channel, cmd).await {
                                    error!(?e, "command failed");
                                }
                            }
                        });
                    }
                    Event::MemberJoin { guild, user } => {
                        tokio::spawn(async move { // EXPECT: unbounded-gather // OK: detached-spawn
                            let _ = commands::welcome(&gw, guild, user).await;
                        });
                    }
                    Event::Ready { shard } => {
                        if gw.barrier.arrive().await {
                            info!(shard, "all shards ready");
                        }
                    }
                    _ => {}
                }
            }
            _ = heartbeat.tick() => {
                gw.reply(0, "\u{2764}"); // EXPECT: unawaited-future
            }
            else => break,
        }
    }
    tracker.close();
    tracker.wait().await;
}

pub async fn replay(gw: Arc<Gateway>, events: Vec<Event>) {
    let handler = async |ev: Event| {
        if let Event::Message { channel, .. } = ev {
            std::thread::sleep(Duration::from_millis(20)); // EXPECT: blocking-in-async
            let _ = gw.reply(channel, "replayed").await;
        }
    };
    for ev in events {
        handler(ev).await;
    }
    warn!("replay done");
}
