//! HTTP fetching with a global concurrency limit.

use std::sync::Arc;

use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::sync::Semaphore;

pub struct Fetcher {
    client: reqwest::Client,
    permits: Arc<Semaphore>,
}

impl Fetcher {
    pub fn new(limit: usize) -> Self {
        Self { client: reqwest::Client::new(), permits: Arc::new(Semaphore::new(limit)) }
    }

    async fn fetch(&self, url: &str) -> Option<String> {
        let _permit = self.permits.acquire().await.ok()?;
        let resp = self.client.get(url).send().await.ok()?;
        resp.text().await.ok()
    }

    /// Fetches a batch, at most 16 pages at a time.
    pub async fn fetch_all(&self, urls: &[String]) -> Vec<(String, String)> {
        stream::iter(urls)
            .map(|url| async move { (url.clone(), self.fetch(url).await) }) // OK: unawaited-future
            .buffer_unordered(16) // OK: unbounded-gather
            .filter_map(|(url, body)| async move { body.map(|b| (url, b)) })
            .collect()
            .await
    }

    /// Checks which links are still alive: one HEAD request per link, all at once.
    pub async fn check_links(&self, links: Vec<String>) -> usize {
        let mut probes: FuturesUnordered<_> = links.iter().map(|url| self.client.head(url).send()).collect(); // EXPECT: unbounded-gather
        let mut alive = 0;
        while let Some(result) = probes.next().await {
            alive += usize::from(result.is_ok());
        }
        alive
    }

    /// Downloads the sitemap of every host, spawning one task per host.
    pub async fn sitemaps(&self, hosts: Vec<String>) -> Vec<String> {
        let mut handles = Vec::new();
        for host in hosts {
            let client = self.client.clone();
            handles.push(tokio::spawn(async move { client.get(format!("https://{host}/sitemap.xml")).send().await })); // EXPECT: unbounded-gather // OK: detached-spawn
        }
        let mut maps = Vec::new();
        for handle in handles {
            if let Ok(Ok(resp)) = handle.await {
                maps.push(resp.text().await.unwrap_or_default());
            }
        }
        maps
    }

    /// Same, bounded: the spawned tasks take a permit first.
    pub async fn sitemaps_bounded(&self, hosts: Vec<String>) -> usize {
        let mut handles = Vec::new();
        for host in hosts {
            let client = self.client.clone();
            let permits = self.permits.clone();
            handles.push(tokio::spawn(async move { // OK: unbounded-gather, detached-spawn
                let _permit = permits.acquire_owned().await;
                client.get(format!("https://{host}/sitemap.xml")).send().await
            }));
        }
        let mut ok = 0;
        for handle in handles {
            ok += usize::from(matches!(handle.await, Ok(Ok(_))));
        }
        ok
    }

    /// Revalidates cached pages in chunks of 50.
    pub async fn revalidate(&self, urls: &[String]) -> usize {
        let mut fresh = 0;
        for chunk in urls.chunks(50) {
            let results = futures::future::join_all(chunk.iter().map(|url| self.fetch(url))).await; // OK: unbounded-gather
            fresh += results.iter().filter(|r| r.is_some()).count();
        }
        fresh
    }

    pub async fn mirrors(&self) -> usize {
        let probes = [self.fetch("https://a.mirror/"), self.fetch("https://b.mirror/"), self.fetch("https://c.mirror/")];
        futures::future::join_all(probes).await.len() // OK: unbounded-gather
    }
}
