//! Gathers with a limit in sight: literal collections, small literal ranges, buffered streams,
//! chunks, Semaphore permits, and plain sequential awaits.

use std::sync::Arc;

use futures::future::join_all;
use futures::stream::{self, StreamExt, TryStreamExt};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

async fn fetch(url: &str) -> Result<String, reqwest::Error> {
    reqwest::get(url).await?.text().await
}

async fn fixed_sets() {
    let mirrors = join_all([fetch("a"), fetch("b"), fetch("c")]).await; // OK: unbounded-gather
    let pair = join_all(vec![fetch("primary"), fetch("backup")]).await; // OK: unbounded-gather
    let mut set = JoinSet::new();
    for shard in 0..4 {
        set.spawn(async move { fetch(&format!("/shard/{shard}")).await }); // OK: unbounded-gather
    }
    for region in ["eu", "us", "ap"] {
        set.spawn(async move { fetch(region).await }); // OK: unbounded-gather
    }
    drop((mirrors, pair));
    while set.join_next().await.is_some() {}
}

async fn buffered(urls: Vec<String>) -> usize {
    let pages: Vec<_> = stream::iter(urls.iter()).map(|url| fetch(url)).buffer_unordered(8).collect().await; // OK: unbounded-gather
    let ordered: Vec<String> = stream::iter(urls.iter()).map(|url| fetch(url)).buffered(4).try_collect().await.unwrap(); // OK: unbounded-gather
    let spawned: Vec<_> = stream::iter(urls).map(|url| tokio::spawn(async move { fetch(&url).await })).buffer_unordered(16).collect().await; // OK: unbounded-gather
    pages.len() + ordered.len() + spawned.len()
}

async fn chunked(urls: &[String]) -> usize {
    let mut done = 0;
    for batch in urls.chunks(20) {
        done += join_all(batch.iter().map(|url| fetch(url))).await.len(); // OK: unbounded-gather
    }
    done
}

async fn with_semaphore(urls: Vec<String>) -> usize {
    let limit = Arc::new(Semaphore::new(10));
    let mut set = JoinSet::new();
    for url in urls.clone() {
        let permit = limit.clone().acquire_owned().await.unwrap();
        set.spawn(async move { // OK: unbounded-gather
            let _permit = permit;
            fetch(&url).await
        });
    }
    let mut handles = Vec::new();
    for url in urls {
        let limit = limit.clone();
        handles.push(tokio::spawn(async move { // OK: unbounded-gather
            let _permit = limit.acquire().await.unwrap();
            fetch(&url).await
        }));
    }
    let mut done = 0;
    while set.join_next().await.is_some() {
        done += 1;
    }
    for handle in handles {
        done += usize::from(handle.await.is_ok());
    }
    done
}

async fn sequential(urls: &[String]) -> usize {
    let mut done = 0;
    for url in urls {
        done += fetch(url).await.map(|p| p.len()).unwrap_or(0); // OK: unbounded-gather
    }
    done
}

async fn joined_macros() {
    let (a, b) = tokio::join!(fetch("a"), fetch("b")); // OK: unbounded-gather
    let _ = futures::try_join!(fetch("c"), fetch("d")); // OK: unbounded-gather
    drop((a, b));
}

/// An empty `vec![]` filled by a loop over a small literal range stays small.
async fn filled_by_small_loop() -> usize {
    let mut pending = vec![];
    for shard in 0usize..10 {
        pending.push(async move { fetch(&format!("/shard/{shard}")).await });
    }
    join_all(pending).await.len() // OK: unbounded-gather
}

/// Each task is awaited before the next one is spawned: one at a time (the spawn only
/// isolates a panic).
async fn spawn_then_await_each(urls: Vec<String>) -> usize {
    let mut done = 0;
    for url in urls {
        let mut handle = tokio::spawn(async move { fetch(&url).await }); // OK: unbounded-gather
        log_start();
        if (&mut handle).await.is_ok() {
            done += 1;
        }
    }
    for url in ["a", "b"].repeat(100) {
        let task = tokio::spawn(async move { fetch(url).await }); // OK: unbounded-gather
        match task.await {
            Ok(_) => done += 1,
            Err(e) => eprintln!("{e}"),
        }
    }
    done
}

fn log_start() {}

fn main() {}
