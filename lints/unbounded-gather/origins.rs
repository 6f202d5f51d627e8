//! A fan-out is reported only with evidence that its size is set by input: a collection the
//! caller passes in, the result of I/O, the items of a channel. Configured topology, fixed
//! pools, unknown origins and bounded shapes stay quiet.

use std::time::Duration;

use futures::future::join_all;
use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

struct Cluster {
    peers: Vec<String>,
    shards: Vec<u32>,
}

struct Config {
    upstreams: Vec<String>,
}

async fn ping(peer: &str) -> bool {
    !peer.is_empty()
}

async fn process(item: String) {
    drop(item);
}

impl Cluster {
    async fn health(&self, config: &Config) -> usize {
        let alive = join_all(self.peers.iter().map(|p| ping(p))).await; // OK: unbounded-gather
        let mut set = JoinSet::new();
        for shard in self.shards.clone() {
            set.spawn(async move { shard + 1 }); // OK: unbounded-gather
        }
        for upstream in &config.upstreams {
            let upstream = upstream.clone();
            tokio::spawn(async move { ping(&upstream).await }); // OK: unbounded-gather // EXPECT: detached-spawn
        }
        while set.join_next().await.is_some() {}
        alive.len()
    }
}

async fn from_the_caller(urls: Vec<String>, ids: &[u64]) {
    join_all(urls.iter().map(|u| ping(u))).await; // EXPECT: unbounded-gather [mentions: `urls`]
    for &id in ids {
        tokio::spawn(async move { id * 2 }); // EXPECT: unbounded-gather // OK: detached-spawn
    }
    let futs: FuturesUnordered<_> = urls.iter().map(|u| ping(u)).collect(); // EXPECT: unbounded-gather
    futs.collect::<Vec<_>>().await;
}

async fn from_io(dir: &str, pool: &sqlx::PgPool) -> std::io::Result<()> {
    let mut set = JoinSet::new();
    for entry in std::fs::read_dir(dir)? { // EXPECT: blocking-in-async
        let path = entry?.path();
        set.spawn(async move { path.exists() }); // EXPECT: unbounded-gather [mentions: directory]
    }
    let text = tokio::fs::read_to_string(dir).await?;
    join_all(text.lines().map(|line| process(line.to_string()))).await; // EXPECT: unbounded-gather [mentions: line]
    let rows: Vec<(String,)> = sqlx::query_as("select name from jobs").fetch_all(pool).await.unwrap();
    for (name,) in rows {
        set.spawn(async move { name.len() > 3 }); // EXPECT: unbounded-gather [mentions: row]
    }
    let names: Vec<String> = serde_json::from_str(&text).unwrap_or_default();
    join_all(names.into_iter().map(process)).await; // EXPECT: unbounded-gather [mentions: deserialized]
    let mut listing = tokio::fs::read_dir(dir).await?;
    while let Some(entry) = listing.next_entry().await? {
        set.spawn(async move { entry.path().exists() }); // EXPECT: unbounded-gather
    }
    while set.join_next().await.is_some() {}
    Ok(())
}

async fn from_a_channel(mut rx: mpsc::Receiver<String>, mut jobs: mpsc::UnboundedReceiver<String>) {
    while let Some(item) = rx.recv().await {
        tokio::spawn(process(item)); // EXPECT: unbounded-gather [mentions: channel] // OK: detached-spawn
    }
    loop {
        let Some(job) = jobs.recv().await else { break };
        tokio::spawn(process(job)); // EXPECT: unbounded-gather // OK: detached-spawn
    }
}

async fn select_loop(mut rx: mpsc::Receiver<String>, mut stop: tokio::sync::oneshot::Receiver<()>) {
    loop {
        tokio::select! {
            Some(item) = rx.recv() => {
                tokio::spawn(process(item)); // EXPECT: unbounded-gather // OK: detached-spawn
            }
            _ = &mut stop => break,
        }
    }
}

/// Bounded shapes: each of these keeps the number in flight under a limit.
async fn bounded(urls: Vec<String>, limit: std::sync::Arc<tokio::sync::Semaphore>, mut rx: mpsc::Receiver<String>) {
    let done: Vec<bool> = stream::iter(urls.clone()).map(|u| async move { ping(&u).await }).buffer_unordered(8).collect().await; // OK: unbounded-gather
    let spawned: Vec<_> = stream::iter(urls.clone()).map(|u| tokio::spawn(async move { ping(&u).await })).buffered(4).collect().await; // OK: unbounded-gather
    let mut set = JoinSet::new();
    for url in urls.clone() {
        while set.len() >= 16 {
            set.join_next().await;
        }
        set.spawn(async move { ping(&url).await }); // OK: unbounded-gather
    }
    for url in urls.clone() {
        let permit = limit.clone().acquire_owned().await.unwrap();
        tokio::spawn(async move { let _p = permit; ping(&url).await }); // OK: unbounded-gather // EXPECT: detached-spawn
    }
    join_all(urls.iter().map(|u| async { let _p = limit.acquire().await; ping(u).await })).await; // OK: unbounded-gather
    join_all(urls.chunks(10).next().unwrap_or(&[]).iter().map(|u| ping(u))).await; // OK: unbounded-gather
    join_all(urls.iter().take(25).map(|u| ping(u))).await; // OK: unbounded-gather
    let mut queue: Vec<String> = urls.clone();
    let batch: Vec<String> = queue.drain(..16.min(queue.len())).collect();
    join_all(batch.iter().map(|u| ping(u))).await; // OK: unbounded-gather
    while let Some(item) = rx.recv().await {
        tokio::spawn(process(item)).await.ok(); // OK: unbounded-gather
    }
    drop((done, spawned));
}

/// Fixed pools, unknown origins, `Option::map`: not input-sized, or not known to be.
async fn quiet(workers: usize, maybe: Option<String>, items: impl Fn() -> Vec<String>) {
    let mut set = JoinSet::new();
    for id in 0..workers {
        set.spawn(async move { id }); // OK: unbounded-gather
    }
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(4);
    for n in 0..cpus {
        set.spawn(async move { n }); // OK: unbounded-gather
    }
    let handle = maybe.map(|s| tokio::spawn(process(s))); // OK: unbounded-gather
    let unknown = items();
    join_all(unknown.iter().map(|u| ping(u))).await; // OK: unbounded-gather
    tokio::time::sleep(Duration::from_millis(1)).await;
    drop(handle);
    while set.join_next().await.is_some() {}
}

async fn from_a_request(body: &str, limit: std::sync::Arc<tokio::sync::Semaphore>, rx: mpsc::Receiver<String>) {
    let urls: Vec<String> = serde_json::from_str(body).unwrap_or_default();
    let ids: Vec<u64> = serde_json::from_str(body).unwrap_or_default();
    from_the_caller(urls.clone(), &ids).await;
    bounded(urls, limit, rx).await;
}

struct Backup {
    followed: Vec<String>,
}

/// A request's body is what the client sent: its fields are input too.
async fn import_backup(axum::Json(backup): axum::Json<Backup>, config: &Config) {
    join_all(backup.followed.iter().map(|name| ping(name))).await; // EXPECT: unbounded-gather [mentions: request]
    join_all(config.upstreams.iter().map(|u| ping(u))).await; // OK: unbounded-gather
}

fn main() {}
