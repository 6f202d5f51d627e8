//! The polling loop: picks the feeds that are due, hands them to a fixed pool of workers, stores new
//! entries and passes them on to the notifier.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, Mutex};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::fetch::{Fetcher, Outcome};
use crate::notify::{self, Notifier};
use crate::store::{FeedRow, NewEntry, Store};
use crate::{api, util};

pub struct App {
    cfg: Config,
    store: Store,
    fetcher: Fetcher,
    notifier: Notifier,
    token: CancellationToken,
}

impl App {
    pub async fn connect(cfg: Config, token: CancellationToken) -> anyhow::Result<Self> {
        let store = Store::connect(&cfg.database_url).await?;
        let fetcher = Fetcher::new(cfg.mirrors.clone())?;
        let notifier = Notifier::new(3);
        Ok(Self { cfg, store, fetcher, notifier, token })
    }

    pub async fn run(self: Arc<Self>) -> anyhow::Result<()> {
        let api_task = tokio::spawn(api::serve(self.cfg.listen, self.store.clone(), self.token.clone())); // OK: detached-spawn, untracked-spawn

        let (tx, rx) = mpsc::channel::<FeedRow>(256);
        let rx = Arc::new(Mutex::new(rx));
        let mut workers = JoinSet::new();
        for worker_id in 0..self.cfg.workers {
            let app = self.clone();
            let rx = rx.clone();
            workers.spawn(async move { app.worker(worker_id, rx).await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
        }

        let pruner = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut every = tokio::time::interval(Duration::from_secs(3600));
            loop {
                tokio::select! {
                    _ = pruner.token.cancelled() => break,
                    _ = every.tick() => {
                        match pruner.store.prune(pruner.cfg.keep_entries_per_feed).await {
                            Ok(0) => {}
                            Ok(n) => tracing::info!(removed = n, "pruned old entries"),
                            Err(e) => tracing::warn!(error = %e, "prune failed"),
                        }
                    }
                }
            }
        });

        let mirrors = self.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
            let mut every = tokio::time::interval(Duration::from_secs(600));
            loop {
                every.tick().await;
                let live = mirrors.fetcher.live_mirrors().await;
                tracing::debug!(live = live.len(), "mirror check");
            }
        });

        let mut tick = tokio::time::interval(self.cfg.poll_every);
        'poll: loop {
            tokio::select! {
                _ = self.token.cancelled() => break,
                _ = tick.tick() => {}
            }
            let due = sqlx::query_as::<_, FeedRow>(
                "SELECT id, url, etag, subscriber_hook FROM feeds WHERE next_poll <= unixepoch() LIMIT 500",
            )
            .fetch_all(self.store.pool())
            .await?;
            for feed in due {
                if tx.send(feed).await.is_err() {
                    break 'poll;
                }
            }
        }
        drop(tx);
        while let Some(done) = workers.join_next().await {
            if let Err(e) = done {
                tracing::error!(error = %e, "worker panicked");
            }
        }
        api_task.await?
    }

    async fn worker(&self, id: usize, rx: Arc<Mutex<mpsc::Receiver<FeedRow>>>) {
        loop {
            let next = rx.lock().await.recv().await;
            let Some(feed) = next else { break };
            match self.refresh_one(&feed).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(worker = id, feed = %feed.url, new = n, "feed refreshed"),
                Err(e) => tracing::warn!(worker = id, feed = %feed.url, error = %e, "refresh failed"),
            }
        }
    }

    async fn refresh_one(&self, feed: &FeedRow) -> anyhow::Result<usize> {
        let Outcome::Updated(fetched) = self.fetcher.fetch(feed).await? else {
            return Ok(0);
        };
        let parsed = feed_rs::parser::parse(&fetched.body[..])?;
        let new: Vec<NewEntry> = parsed.entries.iter().map(NewEntry::from_feed_entry).collect();
        let stored = self
            .store
            .save_entries(feed.id, fetched.etag.as_deref(), &new)
            .await?;
        if stored.is_empty() {
            return Ok(0);
        }
        let count = stored.len();
        if let Some(hook) = feed.subscriber_hook.clone() {
            // The worker must not wait for a slow subscriber.
            tokio::spawn(notify::deliver_owned(self.notifier.clone(), hook, stored)); // EXPECT: detached-spawn // OK: untracked-spawn
        }
        Ok(count)
    }

    /// Re-reads one feed right away, when a user presses "refresh" in the UI.
    pub fn refresh_now(self: &Arc<Self>, feed: FeedRow) {
        let app = self.clone();
        util::spawn_logged("refresh-now", async move { // OK: detached-spawn, untracked-spawn
            app.refresh_one(&feed).await?;
            Ok(())
        });
    }

    /// Sends a test delivery to a subscriber's hook, reporting failures in the log only.
    pub fn ping_hook(&self, hook: String) {
        let notifier = self.notifier.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let outcome = async {
                notifier.ping(&hook).await?;
                notifier.ping(&hook).await?;
                Ok::<_, anyhow::Error>(())
            }
            .await;
            if let Err(e) = outcome {
                tracing::warn!(%hook, error = %e, "test delivery failed");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::future::join_all;

    #[tokio::test]
    async fn workers_stop_when_channel_closes() {
        let (tx, rx) = mpsc::channel::<u32>(4);
        let rx = Arc::new(Mutex::new(rx));
        let mut handles = Vec::new();
        for _ in 0..3 {
            let rx = rx.clone();
            handles.push(tokio::spawn(async move { rx.lock().await.recv().await })); // OK: unbounded-gather
        }
        tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
            loop {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        });
        drop(tx);
        let outs = join_all(handles).await; // OK: unbounded-gather
        assert!(outs.into_iter().all(|o| o.unwrap().is_none()));
    }

    #[tokio::test]
    async fn many_feeds_are_accepted() {
        let ids: Vec<i64> = (0..1000).collect();
        let items: Vec<_> = serde_json::from_str::<Vec<i64>>(&serde_json::to_string(&ids).unwrap()).unwrap();
        let out = join_all(items.iter().map(|i| async move { *i * 2 })).await; // OK: unbounded-gather
        assert_eq!(out.len(), 1000);
        tokio::spawn(async move { Ok::<_, anyhow::Error>(out.len()) }); // OK: detached-spawn, untracked-spawn
    }
}
