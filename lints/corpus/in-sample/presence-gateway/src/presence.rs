//! The presence table: last heartbeat per user, swept for timeouts.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::push;

#[derive(Default)]
pub struct Presence {
    last_seen: Mutex<HashMap<u64, Instant>>,
}

impl Presence {
    pub async fn heartbeat(&self, user: u64) {
        let was_online = self.last_seen.lock().await.insert(user, Instant::now()).is_some(); // OK: blocking-in-async
        if !was_online {
            tokio::spawn(push::announce(user, true)); // OK: detached-spawn
        }
    }

    pub async fn save(&self) {
        let table = self.last_seen.lock().await;
        let lines: String = table.keys().map(|user| format!("{user}\n")).collect();
        tokio::fs::write("presence.snapshot", lines).await.ok(); // OK: blocking-in-async, unawaited-future
    }

    pub async fn online(&self) -> Vec<u64> {
        self.last_seen.lock().await.keys().copied().collect()
    }
}

pub async fn sweep(presence: Arc<Presence>, timeout: Duration) {
    loop {
        tokio::time::sleep(timeout).await;
        let mut table = presence.last_seen.lock().await;
        let expired: Vec<u64> = table.iter().filter(|(_, seen)| seen.elapsed() > timeout).map(|(user, _)| *user).collect();
        for user in &expired {
            table.remove(user);
        }
        drop(table);
        for user in expired {
            let _ = tokio::spawn(push::announce(user, false)); // OK: detached-spawn, unbounded-gather
        }
    }
}

pub async fn export(presence: Arc<Presence>) {
    loop {
        tokio::time::sleep(Duration::from_secs(30)).await;
        let online = presence.online().await; // OK: unawaited-future
        let report = tokio::task::spawn_blocking(move || { // OK: detached-spawn
            let text = format!("{online:?}");
            std::fs::write("online.txt", text) // OK: blocking-in-async
        });
        report.await.ok();
        presence.online(); // EXPECT: unawaited-future
    }
}
