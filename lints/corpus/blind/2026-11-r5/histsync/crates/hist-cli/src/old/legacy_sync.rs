//! The sync of version 0.2, kept for reference; no `mod` reaches it.

pub async fn push_everything(urls: Vec<String>) {
    for url in urls {
        tokio::spawn(async move { reqwest::get(url).await }); // OK: detached-spawn, unbounded-gather
    }
    std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async
}
