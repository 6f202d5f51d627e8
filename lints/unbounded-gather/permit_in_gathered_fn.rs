//! A crate async fn that acquires a Semaphore permit first bounds every gather of its
//! futures, wherever that gather is; a crate fn without one does not.

use std::sync::Arc;

use futures::future::{join_all, try_join_all};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

struct Uploader {
    limit: Semaphore,
}

impl Uploader {
    async fn upload_part(&self, index: usize) -> Result<String, String> {
        let _permit = self.limit.acquire().await.map_err(|e| e.to_string())?;
        Ok(index.to_string())
    }

    async fn upload_unlimited(&self, index: usize) -> Result<String, String> {
        Ok(index.to_string())
    }

    async fn upload_file(&self, parts: usize) -> Result<Vec<String>, String> {
        try_join_all((0..parts).map(|i| self.upload_part(i))).await // OK: unbounded-gather
    }

    async fn upload_file_unlimited(&self, parts: Vec<usize>) -> Result<Vec<String>, String> {
        try_join_all(parts.into_iter().map(|i| self.upload_unlimited(i))).await // EXPECT: unbounded-gather
    }

    async fn spawn_parts(self: Arc<Self>, parts: Vec<usize>) {
        let mut set = JoinSet::new();
        for index in parts {
            let me = Arc::clone(&self);
            set.spawn(async move { me.upload_part(index).await }); // OK: unbounded-gather
        }
        while set.join_next().await.is_some() {}
    }
}

async fn fetch_guarded(limit: &Semaphore, url: &str) -> String {
    let _permit = limit.acquire().await.unwrap();
    url.to_string()
}

async fn fetch(url: &str) -> String {
    url.to_string()
}

async fn crawl(limit: &Semaphore, urls: &[String]) -> usize {
    let guarded = join_all(urls.iter().map(|u| fetch_guarded(limit, u))).await; // OK: unbounded-gather
    let open = join_all(urls.iter().map(|u| fetch(u))).await; // EXPECT: unbounded-gather
    guarded.len() + open.len()
}

async fn from_a_manifest(uploader: Arc<Uploader>, limit: &Semaphore, manifest: &str) {
    let parts: Vec<usize> = serde_json::from_str(manifest).unwrap_or_default();
    let urls: Vec<String> = serde_json::from_str(manifest).unwrap_or_default();
    uploader.upload_file_unlimited(parts.clone()).await.ok();
    uploader.clone().spawn_parts(parts).await;
    crawl(limit, &urls).await;
}

fn main() {}
