//! Matchmaking: a fixed pool of matchers pairs players queued for a game.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, Mutex};

use crate::rooms::Rooms;

pub fn start(rooms: Arc<Rooms>) {
    let (queue_tx, queue_rx) = mpsc::channel::<u64>(256);
    let queue_rx = Arc::new(Mutex::new(queue_rx));
    for _ in 0..4 {
        let queue_rx = queue_rx.clone();
        let rooms = rooms.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
            loop {
                let mut queue = queue_rx.lock().await; // OK: lock-across-await
                let a = queue.recv().await;
                let b = queue.recv().await;
                drop(queue);
                if let (Some(a), Some(b)) = (a, b) {
                    let _ = rooms.deliver_pair(a, b).await;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        });
    }
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        for bot in 1..=2u64 {
            if queue_tx.send(bot).await.is_err() {
                tracing::warn!("matchmaking queue closed");
                return;
            }
        }
    });
}

impl Rooms {
    pub async fn deliver_pair(&self, a: u64, b: u64) -> anyhow::Result<()> {
        self.whisper(a, &format!("matched with {b}")).await?;
        self.whisper(b, &format!("matched with {a}")).await
    }
}
