//! Gathering or spawning one future per item of a collection of unknown size, with nothing
//! limiting how many run at once: a large input opens thousands of connections together.

use futures::future::{join_all, try_join_all};
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::task::JoinSet;

async fn fetch(url: &str) -> Result<String, reqwest::Error> {
    reqwest::get(url).await?.text().await
}

async fn crawl(urls: &[String]) -> usize {
    let pages = join_all(urls.iter().map(|url| fetch(url))).await; // EXPECT: unbounded-gather [column: 17]
    let checked = try_join_all(urls.iter().map(|url| fetch(url))).await; // EXPECT: unbounded-gather
    pages.len() + checked.map(|p| p.len()).unwrap_or(0)
}

async fn crawl_streaming(urls: Vec<String>) -> usize {
    let mut in_flight: FuturesUnordered<_> = urls.iter().map(|url| fetch(url)).collect(); // EXPECT: unbounded-gather
    let also = urls.iter().map(|url| fetch(url)).collect::<FuturesUnordered<_>>(); // EXPECT: unbounded-gather
    let mut done = also.count().await;
    while in_flight.next().await.is_some() {
        done += 1;
    }
    done
}

async fn spawn_per_item(urls: Vec<String>, count: usize) -> usize {
    let mut handles = Vec::new();
    for url in urls.clone() {
        handles.push(tokio::spawn(async move { fetch(&url).await })); // EXPECT: unbounded-gather
    }
    let mut set = JoinSet::new();
    for url in urls {
        set.spawn(async move { fetch(&url).await }); // EXPECT: unbounded-gather
    }
    for page in 0..count {
        // A range is a count the program sets (it may be a pool of workers): not input.
        set.spawn(async move { fetch(&format!("/page/{page}")).await }); // OK: unbounded-gather
    }
    let mut done = 0;
    for handle in handles {
        done += usize::from(handle.await.is_ok());
    }
    while set.join_next().await.is_some() {
        done += 1;
    }
    done
}

async fn gather_built_vec(ids: &[u64]) -> usize {
    let mut calls = Vec::new();
    for id in ids {
        calls.push(fetch_by_id(*id));
    }
    join_all(calls).await.len() // EXPECT: unbounded-gather
}

/// Only the last handle is awaited, after the loop: every task ran at once.
async fn await_only_the_last(urls: Vec<String>) {
    let mut last = None;
    for url in urls {
        let handle = tokio::spawn(async move { fetch(&url).await }); // EXPECT: unbounded-gather
        last = Some(handle);
    }
    if let Some(handle) = last {
        let _ = handle.await;
    }
}

/// Another task's handle is awaited in the loop, not the one just spawned.
async fn await_a_different_handle(urls: Vec<String>, first: tokio::task::JoinHandle<()>) {
    let mut first = Some(first);
    for url in urls {
        let handle = tokio::spawn(async move { fetch(&url).await }); // EXPECT: unbounded-gather
        if let Some(other) = first.take() {
            let _ = other.await;
        }
        drop(handle);
    }
}

async fn fetch_by_id(id: u64) -> u64 {
    id
}

/// The collections come from a request body: the fan-outs above are sized by input.
async fn from_request(body: &str, first: tokio::task::JoinHandle<()>) {
    let urls: Vec<String> = serde_json::from_str(body).unwrap_or_default();
    let ids: Vec<u64> = serde_json::from_str(body).unwrap_or_default();
    crawl(&urls).await;
    crawl_streaming(urls.clone()).await;
    spawn_per_item(urls.clone(), 3).await;
    gather_built_vec(&ids).await;
    await_only_the_last(urls.clone()).await;
    await_a_different_handle(urls, first).await;
}

fn main() {}
