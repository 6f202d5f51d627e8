//! A library whose `pub` fns are called by its users: nothing in this package calls
//! `fetch_all`, so its users decide how many URLs it gets.

pub mod jobs;

use futures::future::join_all;
use futures::{Stream, StreamExt};
use tokio::task::JoinSet;

pub struct Client {
    http: reqwest::Client,
}

impl Client {
    pub async fn fetch(&self, url: &str) -> Option<String> {
        self.http.get(url).send().await.ok()?.text().await.ok()
    }

    /// Called by nobody here: a library user may pass ten thousand URLs.
    pub async fn fetch_all(&self, urls: &[String]) -> Vec<Option<String>> {
        join_all(urls.iter().map(|url| self.fetch(url))).await // EXPECT: unbounded-gather
    }

    /// One request per user id, up to the count the caller asks for.
    pub async fn fetch_users(&self, users: u32) -> Vec<Option<String>> {
        join_all((1..=users).map(|id| self.fetch_user(id))).await // EXPECT: unbounded-gather
    }

    async fn fetch_user(&self, id: u32) -> Option<String> {
        self.fetch(&format!("https://api.example/users/{id}")).await
    }

    /// A fixed pool of `workers` tasks pulling from one shared queue: the count is of
    /// workers, not of items.
    pub async fn drain_with_workers(&self, workers: usize, queue: async_channel::Receiver<String>) {
        let mut pool = JoinSet::new();
        for _ in 0..workers {
            let queue = queue.clone();
            let http = self.http.clone();
            pool.spawn(async move { // OK: unbounded-gather
                while let Ok(url) = queue.recv().await {
                    let _ = http.get(url).send().await;
                }
            });
        }
        let pings = join_all((0..workers).map(|_| self.fetch("https://api.example/ping"))).await; // OK: unbounded-gather
        drop(pings);
        pool.join_all().await;
    }

    /// Every upload the stream yields gets its own task.
    pub async fn upload_all(&self, mut uploads: impl Stream<Item = String> + Unpin) -> usize {
        let mut tasks = JoinSet::new();
        while let Some(path) = uploads.next().await {
            let http = self.http.clone();
            tasks.spawn(async move { http.post(format!("https://api.example/{path}")).send().await }); // EXPECT: unbounded-gather
        }
        tasks.join_all().await.len()
    }

    /// Sitemaps of every host: the host is named only inside the format string.
    pub async fn sitemaps(&self, hosts: Vec<String>) -> usize {
        let mut tasks = JoinSet::new();
        for host in hosts {
            let http = self.http.clone();
            tasks.spawn(async move { http.get(format!("https://{host}/sitemap.xml")).send().await }); // EXPECT: unbounded-gather
        }
        tasks.join_all().await.len()
    }

    /// Called below with a chunk of at most 50: bounded by every caller.
    pub async fn fetch_batch(&self, urls: &[String]) -> Vec<Option<String>> {
        join_all(urls.iter().map(|url| self.fetch(url))).await // OK: unbounded-gather
    }

    pub async fn fetch_in_batches(&self, urls: &[String]) -> usize {
        let mut done = 0;
        for chunk in urls.chunks(50) {
            done += self.fetch_batch(chunk).await.len();
        }
        done
    }

    /// Not visible outside the crate, and nothing calls it: nobody is known to pass input.
    pub(crate) async fn prefetch(&self, urls: &[String]) {
        join_all(urls.iter().map(|url| self.fetch(url))).await; // OK: unbounded-gather
    }
}
