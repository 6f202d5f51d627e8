//! `xtask artifacts TARGET..`: download what CI built, and keep a manifest of it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;

use futures::future::join_all;
use tokio::sync::{mpsc, oneshot};

thread_local! {
    static SEEN: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::new());
}

pub struct Downloads {
    sizes: Mutex<HashMap<String, u64>>,
    client: reqwest::Client,
    mirrors: Vec<String>,
}

impl Downloads {
    async fn fetch(&self, url: &str) -> anyhow::Result<u64> {
        let bytes = self.client.get(url).send().await?.bytes().await?;
        Ok(bytes.len() as u64)
    }

    async fn fetch_target(&self, target: &str) -> anyhow::Result<u64> {
        let url = format!("https://ci.example/artifacts/{target}.tar.gz");
        if let Some(size) = self.sizes.lock().unwrap().get(target).copied() { // OK: lock-across-await
            Ok(size)
        } else {
            let size = self.fetch(&url).await?;
            self.sizes.lock().unwrap().insert(target.to_string(), size); // OK: lock-across-await
            Ok(size)
        }
    }

    async fn check_mirrors(&self) -> Vec<anyhow::Result<u64>> {
        join_all(self.mirrors.iter().map(|m| self.fetch(m))).await // OK: unbounded-gather
    }

    async fn size_report(&self) -> anyhow::Result<()> {
        let sizes = self.sizes.lock().unwrap(); // EXPECT: lock-across-await
        let total: u64 = sizes.values().sum();
        tokio::fs::write("target/artifacts/total", total.to_string()).await?;
        Ok(())
    }
}

pub async fn run(targets: Vec<String>) -> anyhow::Result<()> {
    let downloads = Downloads { sizes: Mutex::new(HashMap::new()), client: reqwest::Client::new(), mirrors: vec!["https://m1.example".into(), "https://m2.example".into()] };
    let mirrors = downloads.check_mirrors().await;
    let reachable = mirrors.iter().filter(|m| m.is_ok()).count(); // OK: unawaited-future
    let sizes = join_all(targets.iter().map(|t| downloads.fetch_target(t))).await; // EXPECT: unbounded-gather
    let pending = Box::pin(downloads.size_report()); // OK: unawaited-future
    let mut later = Vec::new();
    later.push(downloads.fetch("https://ci.example/artifacts/SHA256SUMS")); // OK: unawaited-future
    let (report, sums) = tokio::join!(pending, join_all(later)); // OK: unbounded-gather
    report?;
    for (target, size) in targets.iter().zip(&sizes) {
        SEEN.with(|seen| seen.borrow_mut().insert(target.clone(), *size.as_ref().unwrap_or(&0))); // OK: lock-across-await
    }
    let recorded = downloads.sizes.lock().unwrap().len(); // OK: lock-across-await
    tracing::info!(reachable, recorded, sums = sums.len(), "artifacts downloaded");
    let fetch_later = downloads.fetch("https://ci.example/artifacts/latest"); // OK: unawaited-future
    let latest = tokio::time::timeout(std::time::Duration::from_secs(30), fetch_later).await; // OK: unawaited-future
    tracing::debug!(ok = latest.is_ok(), "latest");
    serve_sizes(downloads).await;
    Ok(())
}

enum SizeQuery {
    Get { target: String, reply: oneshot::Sender<Option<u64>> },
}

async fn serve_sizes(downloads: Downloads) {
    let (tx, mut rx) = mpsc::channel::<SizeQuery>(8);
    drop(tx);
    let downloads = std::sync::Arc::new(downloads);
    while let Some(SizeQuery::Get { target, reply }) = rx.recv().await {
        let downloads = downloads.clone();
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
            let size = downloads.fetch_target(&target).await.ok();
            let _ = reply.send(size); // OK: unawaited-future
        });
    }
}
