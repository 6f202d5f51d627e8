//! A fixed pool of workers and counts fixed by named constants are not fan-outs over data;
//! a `take(n)` is a limit in sight. A counted loop that indexes data is still a fan-out.

use futures::future::join_all;
use futures::stream::FuturesUnordered;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

const WINDOW: usize = 8;
const MAX_INFLIGHT: usize = 4;
const HUGE_BATCH: usize = 100_000;

async fn worker(_id: usize) {}

async fn fetch(url: &str) -> String {
    url.to_string()
}

async fn pool(workers: usize) {
    let mut set = JoinSet::new();
    for _ in 0..workers {
        set.spawn(worker(0)); // OK: unbounded-gather
    }
    for _worker in 0..workers {
        set.spawn(worker(1)); // OK: unbounded-gather
    }
    let handles: Vec<_> = (0..workers).map(|_| tokio::spawn(worker(2))).collect(); // OK: unbounded-gather
    for id in 0..MAX_INFLIGHT {
        set.spawn(worker(id)); // OK: unbounded-gather
    }
    for id in 0..config::SHARDS {
        set.spawn(worker(id)); // OK: unbounded-gather
    }
    drop(handles);
    while set.join_next().await.is_some() {}
}

async fn windows(urls: Vec<String>, n: usize) -> usize {
    let first: FuturesUnordered<_> = urls.iter().take(WINDOW).map(|u| fetch(u)).collect(); // OK: unbounded-gather
    let some = join_all(urls.iter().take(n).map(|u| fetch(u))).await; // OK: unbounded-gather
    first.len() + some.len()
}

async fn fan_outs(urls: Vec<String>, workers: usize) {
    let mut set = JoinSet::new();
    for i in 0..urls.len() {
        let url = urls[i].clone();
        set.spawn(async move { fetch(&url).await }); // EXPECT: unbounded-gather
    }
    for id in 0..HUGE_BATCH {
        // A constant count, not input.
        set.spawn(worker(id)); // OK: unbounded-gather
    }
    for id in 0..workers {
        // A pool of workers, however the count is named.
        set.spawn(worker(id)); // OK: unbounded-gather
    }
    let all = join_all((0..urls.len()).map(|i| fetch(&urls[i]))).await; // EXPECT: unbounded-gather
    drop(all);
    while set.join_next().await.is_some() {}
}

mod config {
    pub const SHARDS: usize = 16;
}

async fn from_a_listing(path: &str) {
    let text = tokio::fs::read_to_string(path).await.unwrap_or_default();
    let urls: Vec<String> = text.lines().map(str::to_string).collect();
    windows(urls.clone(), 4).await;
    fan_outs(urls, 4).await;
}

fn main() {
    let _ = mpsc::channel::<u8>(1);
}
