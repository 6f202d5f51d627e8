//! Downloading: streaming each body to disk, with a bound on parallel downloads.

use std::path::{Path, PathBuf};

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use tokio::io::AsyncWriteExt;

use crate::manifest::file_name;

pub async fn one(client: &reqwest::Client, url: &str, out: &Path) -> reqwest::Result<PathBuf> {
    let path = out.join(file_name(url)); // OK: blocking-in-async
    let mut response = client.get(url).send().await?.error_for_status()?;
    let mut file = tokio::fs::File::create(&path).await.expect("create output file"); // OK: blocking-in-async
    while let Some(chunk) = response.chunk().await? {
        file.write_all(&chunk).await.expect("write chunk"); // OK: blocking-in-async, unawaited-future
    }
    Ok(path)
}

/// The `--jobs N` path: at most `jobs` downloads at once.
pub async fn all_bounded(client: &reqwest::Client, urls: &[String], out: &Path, jobs: usize) -> Vec<reqwest::Result<PathBuf>> {
    stream::iter(urls).map(|url| one(client, url, out)).buffer_unordered(jobs.max(1)).collect().await // OK: unbounded-gather
}

/// The old "everything at once" path, still behind `--no-limit`.
pub async fn all(client: &reqwest::Client, urls: &[String], out: &Path) -> Vec<reqwest::Result<PathBuf>> {
    join_all(urls.iter().map(|url| one(client, url, out))).await // EXPECT: unbounded-gather
}

/// Mirrors: races the same file from three mirrors and keeps the first.
pub async fn from_mirrors(client: &reqwest::Client, name: &str, out: &Path) -> Option<PathBuf> {
    let a = one(client, &format!("https://eu.example.org/{name}"), out); // OK: unawaited-future
    let b = one(client, &format!("https://us.example.org/{name}"), out); // OK: unawaited-future
    let c = one(client, &format!("https://ap.example.org/{name}"), out); // OK: unawaited-future
    let (first, _) = futures::future::select_ok([Box::pin(a), Box::pin(b), Box::pin(c)]).await.ok()?; // OK: unbounded-gather
    Some(first)
}

/// Prefetches DNS for every host by spawning a lookup per URL; nobody waits for them.
pub fn warm_dns(urls: &[String]) {
    for url in urls {
        let host = url.split('/').nth(2).unwrap_or_default().to_string();
        tokio::spawn(async move { tokio::net::lookup_host((host, 443)).await.ok() }); // EXPECT: unbounded-gather // OK: detached-spawn
    }
}

pub async fn sizes(client: &reqwest::Client, urls: &[String]) -> u64 {
    let mut total = 0;
    for batch in urls.chunks(8) {
        let heads = join_all(batch.iter().map(|url| client.head(url).send())).await; // OK: unbounded-gather
        total += heads.iter().flatten().filter_map(|r| r.content_length()).sum::<u64>();
    }
    total
}
