//! Match statistics: per-player counters, persisted to disk and published to the leaderboard.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::{join_all, try_join_all};
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::{mpsc, watch};

pub struct Stats {
    counts: tokio::sync::Mutex<HashMap<String, u64>>,
    path: String,
}

pub enum Event {
    Won(String),
    Lost(String),
}

impl Stats {
    pub async fn persist(&self) -> anyhow::Result<()> {
        let text = serde_json::to_string(&*self.counts.lock().await)?;
        tokio::fs::write(&self.path, text).await?;
        Ok(())
    }

    pub async fn persist_owned(self: Arc<Self>) -> anyhow::Result<()> {
        self.persist().await
    }

    pub async fn insert(&self, player: String, count: u64) {
        self.counts.lock().await.insert(player, count);
    }

    pub async fn clear(&self) {
        self.counts.lock().await.clear();
    }

    pub async fn refresh(&self, player: &str) -> anyhow::Result<u64> {
        tokio::net::lookup_host(format!("{player}.players.arena:80")).await?;
        Ok(self.counts.lock().await.get(player).copied().unwrap_or(0))
    }

    pub async fn refresh_all(&self, names: &[String]) -> anyhow::Result<Vec<u64>> {
        try_join_all(names.iter().map(|n| self.refresh(n))).await // EXPECT: unbounded-gather
    }

    pub fn later(&self) -> impl std::future::Future<Output = anyhow::Result<()>> + '_ {
        self.persist() // OK: unawaited-future
    }

    pub async fn reload(self: Arc<Self>, events: mpsc::UnboundedSender<Event>, board: watch::Sender<u64>) -> anyhow::Result<()> {
        let text = tokio::fs::read_to_string("/var/lib/arena/players.json").await?;
        let players: Vec<String> = serde_json::from_str(&text)?;
        let known = join_all(players.iter().map(|p| self.refresh(p))).await; // EXPECT: unbounded-gather
        let names: Vec<String> = tokio::fs::read_to_string("/var/lib/arena/names.txt").await?.lines().map(String::from).collect();
        self.refresh_all(&names).await?;

        let mut handles = Vec::new();
        for line in text.lines() {
            let stats = self.clone();
            let line = line.to_string();
            handles.push(tokio::spawn(async move { stats.refresh(&line).await })); // EXPECT: unbounded-gather
        }
        join_all(handles).await;

        let mut dir = tokio::fs::read_dir("/var/lib/arena/replays").await?;
        let mut replays = tokio::task::JoinSet::new();
        while let Some(entry) = dir.next_entry().await? {
            replays.spawn(async move { tokio::fs::read(entry.path()).await.map(|b| b.len()) }); // EXPECT: unbounded-gather
        }
        while replays.join_next().await.is_some() {}

        let mut counts = HashMap::new();
        counts.insert("total".to_string(), known.len() as u64); // OK: unawaited-future
        counts.clear(); // OK: unawaited-future
        let _ = events.send(Event::Won("reload".into())); // OK: unawaited-future
        let _ = board.send(known.len() as u64); // OK: unawaited-future
        self.insert("reloaded".into(), 1); // EXPECT: unawaited-future
        let _ = self.persist(); // EXPECT: unawaited-future

        let pending = self.persist(); // OK: unawaited-future
        pending.await?;
        let mut queue = Vec::new();
        queue.push(self.persist()); // OK: unawaited-future
        try_join_all(queue).await?;
        tokio::select! { // OK: unawaited-future
            done = self.persist() => done?,
            _ = tokio::time::sleep(Duration::from_secs(5)) => tracing::warn!("persist slow"),
        }
        tokio::time::timeout(Duration::from_secs(5), self.clear()).await.ok(); // OK: unawaited-future
        let pinned = Box::pin(self.refresh("admin")); // OK: unawaited-future
        pinned.await?;
        let kept = tokio::spawn(self.clone().persist_owned()); // OK: unawaited-future, detached-spawn
        kept.await??;
        tokio::spawn(self.clone().persist_owned()); // EXPECT: detached-spawn // OK: untracked-spawn

        tokio::join!(self.clear(), self.insert("joined".into(), 2)); // OK: unawaited-future
        let handle = tokio::runtime::Handle::current();
        handle.block_on(self.clear()); // EXPECT: block-on-in-async
        let stats = self.clone();
        tokio::task::spawn_blocking(move || handle.block_on(stats.clear())).await?; // OK: block-on-in-async
        let stats = self.clone();
        std::thread::spawn(move || futures::executor::block_on(stats.clear())); // OK: block-on-in-async
        Ok(())
    }
}

/// One future per event, for as long as the channel is open.
pub async fn apply_events(stats: Arc<Stats>, mut events: mpsc::UnboundedReceiver<Event>) {
    let mut running = FuturesUnordered::new();
    while let Some(event) = events.recv().await {
        let name = match event {
            Event::Won(name) | Event::Lost(name) => name,
        };
        let stats = stats.clone();
        running.push(async move { stats.refresh(&name).await }); // EXPECT: unbounded-gather
    }
    while running.next().await.is_some() {}
}
