use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use crate::fetcher::FlagFetcher;
use crate::flag::{diff_and_replace, render_table, Flag, FlagChange};

#[derive(Debug, Default)]
pub struct CacheMeta {
    pub last_refresh: Option<Instant>,
    pub refreshes: u64,
}

/// In-process cache of feature flags with local overrides and change
/// subscriptions.
pub struct FlagCache {
    flags: RwLock<HashMap<String, Flag>>,
    overrides: parking_lot::Mutex<HashMap<String, bool>>,
    subscribers: parking_lot::Mutex<Vec<mpsc::Sender<FlagChange>>>,
    refresh_gate: parking_lot::Mutex<()>,
    meta: tokio::sync::Mutex<CacheMeta>,
    fetcher: Arc<FlagFetcher>,
}

impl FlagCache {
    pub fn new(fetcher: Arc<FlagFetcher>) -> Self {
        Self {
            flags: RwLock::new(HashMap::new()),
            overrides: parking_lot::Mutex::new(HashMap::new()),
            subscribers: parking_lot::Mutex::new(Vec::new()),
            refresh_gate: parking_lot::Mutex::new(()),
            meta: tokio::sync::Mutex::new(CacheMeta::default()),
            fetcher,
        }
    }

    pub fn len(&self) -> usize {
        self.flags.read().unwrap().len() // OK: lock-across-await
    }

    pub fn subscribe(&self) -> mpsc::Receiver<FlagChange> {
        let (tx, rx) = mpsc::channel(64);
        self.subscribers.lock().push(tx); // OK: lock-across-await
        rx
    }

    pub async fn is_enabled(&self, key: &str, subject: &str) -> anyhow::Result<bool> {
        if let Some(forced) = self.overrides.lock().get(key).copied() { // OK: lock-across-await
            return Ok(forced);
        }
        match self.flags.read().unwrap().get(key) { // EXPECT: lock-across-await
            Some(flag) => Ok(flag.evaluate(subject)),
            None => {
                let fetched = self.fetcher.fetch_one(key).await?;
                Ok(fetched.is_some_and(|f| f.evaluate(subject)))
            }
        }
    }

    pub async fn version_of(&self, key: &str) -> anyhow::Result<Option<u64>> {
        if let Some(flag) = self.flags.read().unwrap().get(key) { // OK: lock-across-await
            Ok(Some(flag.version))
        } else {
            Ok(self.fetcher.fetch_one(key).await?.map(|f| f.version))
        }
    }

    /// True when the cached copy of `key` is still the newest one upstream.
    pub async fn revalidate(&self, key: &str) -> anyhow::Result<bool> {
        if let Some(cached) = self.flags.read().unwrap().get(key).cloned() { // EXPECT: lock-across-await
            let latest = self.fetcher.fetch_one(key).await?;
            return Ok(latest.is_some_and(|f| f.version == cached.version));
        }
        Ok(false)
    }

    pub async fn apply_remote(&self, key: &str) -> anyhow::Result<()> {
        let mut flags = self.flags.write().unwrap_or_else(PoisonError::into_inner); // EXPECT: lock-across-await
        match self.fetcher.fetch_one(key).await? {
            Some(flag) => {
                flags.insert(key.to_owned(), flag);
            }
            None => {
                flags.remove(key);
            }
        }
        Ok(())
    }

    pub async fn refresh(&self) -> anyhow::Result<usize> {
        let _refreshing = self.refresh_gate.lock(); // EXPECT: lock-across-await
        let Some(latest) = self.fetcher.fetch_all().await? else {
            return Ok(0);
        };
        let changes = {
            let mut flags = self.flags.write().unwrap_or_else(PoisonError::into_inner); // OK: lock-across-await
            diff_and_replace(&mut flags, latest)
        };
        self.notify(&changes).await;
        let mut meta = self.meta.lock().await; // OK: lock-across-await
        meta.last_refresh = Some(Instant::now());
        meta.refreshes += 1;
        Ok(changes.len())
    }

    /// Fetches the given keys if they are not cached yet.
    pub async fn prefetch(&self, wanted: &[String]) -> anyhow::Result<usize> {
        let missing: Vec<&String> = wanted
            .iter()
            .filter(|k| !self.flags.read().unwrap().contains_key(k.as_str())) // OK: lock-across-await
            .collect();
        let mut loaded = 0;
        for key in missing {
            if let Some(flag) = self.fetcher.fetch_one(key).await? {
                self.flags.write().unwrap().insert(key.clone(), flag); // OK: lock-across-await
                loaded += 1;
            }
        }
        Ok(loaded)
    }

    async fn notify(&self, changes: &[FlagChange]) {
        if changes.is_empty() {
            return;
        }
        for sub in self.subscribers.lock().iter() { // EXPECT: lock-across-await
            for change in changes {
                let _ = sub.send(change.clone()).await;
            }
        }
    }

    /// Replays the full key list to every subscriber and forgets the ones
    /// whose receiver has gone away.
    pub async fn resync_subscribers(&self) -> usize {
        let keys: Vec<String> = self.flags.read().unwrap().keys().cloned().collect(); // OK: lock-across-await
        let subs: Vec<mpsc::Sender<FlagChange>> = self.subscribers.lock().drain(..).collect(); // OK: lock-across-await
        let mut alive = Vec::with_capacity(subs.len());
        'subs: for sub in subs {
            for key in &keys {
                if sub.send(FlagChange::Added(key.clone())).await.is_err() {
                    continue 'subs;
                }
            }
            alive.push(sub);
        }
        let kept = alive.len();
        self.subscribers.lock().extend(alive); // OK: lock-across-await
        kept
    }

    pub async fn set_override(&self, key: &str, value: bool) -> anyhow::Result<()> {
        let snapshot = {
            let mut overrides = self.overrides.lock(); // OK: lock-across-await
            overrides.insert(key.to_owned(), value);
            overrides.clone()
        };
        self.fetcher.push_overrides(&snapshot).await
    }

    pub async fn sync_overrides(&self) -> anyhow::Result<()> {
        tokio::time::timeout(Duration::from_secs(2), async {
            let overrides = self.overrides.lock(); // EXPECT: lock-across-await
            self.fetcher.push_overrides(&overrides).await
        })
        .await??;
        Ok(())
    }

    pub async fn export(&self, out: &mpsc::Sender<String>) -> anyhow::Result<()> {
        let flags = self.flags.read().unwrap(); // EXPECT: lock-across-await
        let body = render_table(&flags);
        out.send(body).await?;
        Ok(())
    }

    pub async fn warm_up(&self) -> anyhow::Result<()> {
        if self.flags.read().unwrap().is_empty() { // OK: lock-across-await
            self.refresh().await?;
        }
        Ok(())
    }

    /// Waits for an in-flight refresh to finish before serving the first request.
    pub async fn ready(&self) -> anyhow::Result<()> {
        let _ = self.refresh_gate.lock(); // OK: lock-across-await
        self.warm_up().await
    }

    /// Evaluates every flag for a batch of subjects (used by the audit export);
    /// the work is CPU-bound so it runs on the blocking pool.
    pub async fn evaluate_batch(self: &Arc<Self>, subjects: Vec<String>) -> anyhow::Result<Vec<(String, usize)>> {
        let cache = Arc::clone(self);
        let counts = tokio::task::spawn_blocking(move || {
            let flags = cache.flags.read().unwrap(); // OK: lock-across-await
            flags
                .values()
                .map(|f| (f.key.clone(), subjects.iter().filter(|s| f.evaluate(s)).count()))
                .collect::<Vec<_>>()
        })
        .await?;
        Ok(counts)
    }
}
