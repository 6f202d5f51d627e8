//! The event bus: plugins and the core publish events, subscribers receive them over a
//! broadcast channel. A relay task forwards what plugins emit (an mpsc channel, so that a
//! plugin thread can block on it) onto the broadcast.

use std::time::Duration;

use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;

#[derive(Clone, Debug)]
pub struct Event {
    pub topic: String,
    pub payload: serde_json::Value,
}

pub struct Bus {
    tx: broadcast::Sender<Event>,
}

impl Bus {
    pub fn new() -> Self {
        let (tx, _) = broadcast::channel(1024);
        Self { tx }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }

    pub fn publish(&self, event: Event) {
        let _ = self.tx.send(event); // OK: unawaited-future
    }

    /// Forwards plugin events until every plugin's sender is gone.
    pub fn start_relay(&self, mut from_plugins: mpsc::Receiver<Event>) {
        let tx = self.tx.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            while let Some(event) = from_plugins.recv().await {
                let _ = tx.send(event); // OK: unawaited-future
            }
            tracing::debug!("plugin relay closed");
        });
    }

    /// Logs every event at debug level, until shutdown.
    pub fn start_tap(&self, shutdown: CancellationToken) {
        let mut rx = self.tx.subscribe();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => return,
                    received = rx.recv() => match received {
                        Ok(event) => tracing::debug!(topic = %event.topic, "event"),
                        Err(broadcast::error::RecvError::Lagged(n)) => tracing::warn!(n, "tap lagged"),
                        Err(broadcast::error::RecvError::Closed) => return,
                    },
                }
            }
        });
    }

    /// Publishes a heartbeat event every 30 seconds.
    pub fn start_heartbeat(&self) {
        let tx = self.tx.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
            let mut tick = tokio::time::interval(Duration::from_secs(30));
            loop {
                tick.tick().await;
                let _ = tx.send(Event { topic: "host.heartbeat".into(), payload: serde_json::Value::Null }); // OK: unawaited-future
            }
        });
    }
}
