//! Crawls a site breadth-first from a seed URL, storing every page under `pages/`.

mod fetcher;
mod frontier;
mod robots;
mod store;

use std::sync::Arc;

use tokio::{fs, time};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let seeds = fs::read_to_string("seeds.txt").await?; // OK: blocking-in-async
    let seeds: Vec<String> = seeds.lines().map(str::to_string).collect();
    fs::create_dir_all("pages").await?; // OK: blocking-in-async, unawaited-future
    time::sleep(time::Duration::from_millis(10)).await; // OK: blocking-in-async, unawaited-future

    let fetcher = Arc::new(fetcher::Fetcher::new(16));
    let alive = fetcher.check_links(seeds.clone()).await;
    tracing::info!(alive, seeds = seeds.len(), "seeds answering");
    let hosts: Vec<String> = seeds.iter().filter_map(|seed| url::Url::parse(seed).ok()?.host_str().map(str::to_string)).collect();
    let sitemaps = fetcher.sitemaps(hosts).await;
    tracing::info!(sitemaps = sitemaps.len(), "sitemaps fetched");
    let robots = robots::RobotsCache::load("robots.cache"); // OK: blocking-in-async
    let mut frontier = frontier::Frontier::new(seeds);
    while let Some(batch) = frontier.next_batch(64) {
        let pages = fetcher.fetch_all(&batch).await;
        for (url, body) in pages {
            if !robots.allows(&url) {
                continue;
            }
            store::save_page(&url, &body).await; // OK: unawaited-future
            store::index_links(&url, &body); // EXPECT: unawaited-future
            frontier.extend(frontier::extract_links(&body));
        }
    }
    Ok(())
}
