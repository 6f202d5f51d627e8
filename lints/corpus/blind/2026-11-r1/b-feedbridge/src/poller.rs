//! The poller: one task per configured feed, each fetching on its interval and forwarding the
//! items the store has not seen.

use std::sync::Arc;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::Mutex;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::config::{BridgeConfig, Feed};
use crate::notify::*;
use crate::store::save_batch as persist;
use crate::store::Store;

pub struct Poller {
    cfg: BridgeConfig,
    http: reqwest::Client,
    store: Arc<Store>,
    fanout: Arc<Fanout>,
    digest: Mutex<Vec<Item>>,
}

impl Poller {
    pub fn new(cfg: BridgeConfig, store: Arc<Store>, fanout: Arc<Fanout>) -> Arc<Poller> {
        Arc::new(Poller { cfg, http: reqwest::Client::new(), store, fanout, digest: Mutex::new(Vec::new()) })
    }

    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        let mut feeds = FuturesUnordered::new();
        for feed in self.cfg.feeds.clone() {
            feeds.push(self.clone().poll_feed(feed, shutdown.clone())); // OK: unawaited-future
        }
        while feeds.next().await.is_some() {}
        info!("all feed pollers stopped");
    }

    async fn poll_feed(self: Arc<Self>, feed: Feed, shutdown: CancellationToken) {
        let mut every = tokio::time::interval(Duration::from_secs(feed.interval_secs));
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => return,
                _ = every.tick() => {}
            }
            if let Err(e) = self.poll_once(&feed).await {
                warn!(feed = %feed.name, error = %e, "poll failed");
                self.fanout.backoff(1).await; // OK: unawaited-future
            }
        }
    }

    async fn poll_once(&self, feed: &Feed) -> anyhow::Result<()> {
        let body = self.http.get(&feed.url).send().await?.text().await?;
        let items = parse_feed(&feed.name, &body);
        let mut fresh = Vec::new();
        for item in items {
            if self.store.is_new(&feed.name, &item.id).await {
                fresh.push(item);
            }
        }
        let ids: Vec<String> = fresh.iter().map(|i| i.id.clone()).collect();
        for item in &fresh {
            post_item(&self.http, &feed.webhook, item).await?; // OK: unawaited-future
            self.fanout.publish(item.clone()).await;
        }
        persist(&self.store, &feed.name, &ids); // EXPECT: unawaited-future
        self.digest.lock().await.extend(fresh); // OK: lock-across-await
        Ok(())
    }

    /// The quick pre-check the dashboard runs; the store lookup is cheap.
    pub async fn any_new(&self, feed: &Feed, ids: &[String]) -> bool {
        ids.iter().any(|id| self.store.is_new_blocking(&feed.name, id)) // EXPECT: block-on-in-async
    }

    pub async fn send_daily_digest(&self) -> anyhow::Result<()> {
        let items = std::mem::take(&mut *self.digest.lock().await);
        if items.is_empty() {
            return Ok(());
        }
        for feed in &self.cfg.feeds {
            let mine: Vec<Item> = items.iter().filter(|i| i.feed == feed.name).cloned().collect();
            send_digest(&self.http, &feed.webhook, &mine); // EXPECT: unawaited-future
        }
        Ok(())
    }

    pub async fn requeue_digest(&self, items: Vec<Item>) {
        let _pending = self.digest.lock(); // EXPECT: unawaited-future
        tracing::debug!(n = items.len(), "digest requeued");
    }

    pub async fn digest_len_now(&self) -> usize {
        self.digest.blocking_lock().len() // EXPECT: block-on-in-async
    }

    pub async fn digest_len(&self) -> usize {
        match self.digest.try_lock() { // OK: block-on-in-async
            Ok(d) => d.len(),
            Err(_) => 0,
        }
    }

    pub fn refresh_all(&self) -> impl std::future::Future<Output = Vec<anyhow::Result<()>>> + '_ {
        let polls = self.cfg.feeds.iter().map(|f| self.poll_once(f)); // OK: unawaited-future
        futures::future::join_all(polls)
    }

    pub async fn bootstrap(&self) -> anyhow::Result<()> {
        let store = Store::open(&self.cfg.state_dir).await?;
        store.compact(); // EXPECT: unawaited-future
        tokio::fs::remove_file(format!("{}/.lock", self.cfg.state_dir)); // EXPECT: unawaited-future
        let _ = tokio::fs::create_dir_all(format!("{}/archive", self.cfg.state_dir)); // EXPECT: unawaited-future
        Ok(())
    }

    pub async fn warm_caches(&self) -> anyhow::Result<()> {
        let store = self.store.clone();
        let checks = tokio::task::spawn_blocking(move || pollster::block_on(store.compact())); // OK: block-on-in-async
        let inline = async {
            let n = pollster::block_on(self.store.compact())?; // EXPECT: block-on-in-async // OK: blocking-in-async
            anyhow::Ok(n)
        };
        let (a, b) = tokio::join!(checks, inline);
        info!(offloaded = a??, inline = b?, "caches warm");
        Ok(())
    }

    pub fn spawn_digest_timer(self: Arc<Self>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                let pending = tokio::runtime::Handle::current().block_on(self.digest.lock()).len(); // EXPECT: block-on-in-async // OK: blocking-in-async, unawaited-future
                if pending > 0 {
                    self.send_daily_digest().await.ok();
                }
            }
        })
    }
}

fn parse_feed(feed: &str, body: &str) -> Vec<Item> {
    body.split("<item>")
        .skip(1)
        .filter_map(|chunk| {
            let pick = |tag: &str| chunk.split(&format!("<{tag}>")).nth(1)?.split(&format!("</{tag}>")).next().map(str::to_owned);
            Some(Item { feed: feed.to_owned(), id: pick("guid").or_else(|| pick("link"))?, title: pick("title")?, link: pick("link")? })
        })
        .collect()
}
