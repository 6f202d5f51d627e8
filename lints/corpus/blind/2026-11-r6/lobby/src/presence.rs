//! Presence: how many players are online, published to watchers and to the status page.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use crate::rooms::Rooms;

pub struct Presence {
    online: tokio::sync::watch::Sender<usize>,
    audit: std::sync::mpsc::Sender<String>,
    status_page: reqwest::Client,
    rooms: Arc<Rooms>,
}

impl Presence {
    async fn publish(&self, online: usize) -> anyhow::Result<()> {
        self.status_page.put("http://status.internal/lobby/online").body(online.to_string()).send().await?;
        Ok(())
    }

    /// The caller decides when to run it (after the next tick, usually).
    pub fn publish_later(&self, online: usize) -> impl Future<Output = anyhow::Result<()>> + '_ {
        self.publish(online) // OK: unawaited-future
    }

    pub async fn update(&self, online: usize) {
        self.online.send(online).ok(); // OK: unawaited-future
        let _ = self.audit.send(format!("online {online}")); // OK: unawaited-future
        let publish = self.publish(online); // OK: unawaited-future
        let shout = self.rooms.shout("presence changed"); // OK: unawaited-future
        let (published, ()) = tokio::join!(publish, shout);
        if let Err(e) = published {
            tracing::warn!(error = %e, "status page not updated");
        }
        tokio::select! {
            done = self.publish(online) => done.unwrap_or_default(), // OK: unawaited-future
            _ = tokio::time::sleep(Duration::from_secs(2)) => tracing::warn!("status page slow"), // OK: unawaited-future
        }
    }

    pub async fn offline(&self) {
        self.online.send(0).ok();
        self.publish(0); // EXPECT: unawaited-future
    }
}
