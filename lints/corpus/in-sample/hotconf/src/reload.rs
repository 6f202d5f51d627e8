//! Reloading: parse, validate, swap behind an ArcSwap-like lock, notify subscribers.
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use anyhow::{ensure, Context};
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;
use tracing::{error, info};

use crate::watcher::{self, FileWatcher};
use crate::Settings;

pub type Validator = Box<dyn Fn(&Settings) -> anyhow::Result<()> + Send + Sync>;

#[derive(Clone)]
pub struct ConfigHandle {
    current: Arc<RwLock<Arc<Settings>>>,
    changes: watch::Receiver<u64>,
}

impl ConfigHandle {
    pub fn get(&self) -> Arc<Settings> {
        Arc::clone(&self.current.read().unwrap())
    }

    pub async fn changed(&mut self) -> Arc<Settings> {
        let _ = self.changes.changed().await;
        let snapshot = self.current.read().unwrap().clone(); // OK: blocking-in-async
        snapshot
    }
}

pub struct Reloader {
    path: PathBuf,
    current: Arc<RwLock<Arc<Settings>>>,
    version: watch::Sender<u64>,
    validators: Vec<Validator>,
    loader: Box<dyn Fn(&Path) -> anyhow::Result<Settings> + Send + Sync>,
    events: broadcast::Sender<Arc<Settings>>,
    task: Option<JoinHandle<()>>,
}

fn parse_file(path: &Path) -> anyhow::Result<Settings> {
    let raw = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?; // OK: blocking-in-async
    Ok(toml::from_str(&raw)?)
}

fn load_layered(path: &Path) -> anyhow::Result<Settings> {
    let mut base = parse_file(path)?;
    let local = path.with_extension("local.toml");
    if local.exists() {
        let over = parse_file(&local)?;
        base.feature_flags.extend(over.feature_flags);
    }
    Ok(base)
}

impl Reloader {
    pub fn new(path: PathBuf) -> anyhow::Result<(Self, ConfigHandle)> {
        let initial = load_layered(&path)?; // OK: blocking-in-async
        let current = Arc::new(RwLock::new(Arc::new(initial)));
        let (version, changes) = watch::channel(0);
        let (events, _) = broadcast::channel(8);
        let handle = ConfigHandle { current: Arc::clone(&current), changes };
        let me = Self {
            path,
            current,
            version,
            validators: Vec::new(),
            loader: Box::new(load_layered),
            events,
            task: None,
        };
        Ok((me, handle))
    }

    pub fn validate_with(mut self, v: impl Fn(&Settings) -> anyhow::Result<()> + Send + Sync + 'static) -> Self {
        self.validators.push(Box::new(v));
        self
    }

    pub async fn reload_now(&self) -> anyhow::Result<bool> {
        let next = load_layered(&self.path)?; // EXPECT: blocking-in-async
        self.swap(next)
    }

    pub async fn reload_offloaded(&self) -> anyhow::Result<bool> {
        let path = self.path.clone();
        let next = tokio::task::spawn_blocking(move || load_layered(&path)).await??; // OK: blocking-in-async
        self.swap(next)
    }

    fn swap(&self, next: Settings) -> anyhow::Result<bool> {
        for v in &self.validators {
            v(&next)?;
        }
        ensure!(next.pool_size > 0, "pool_size must be positive");
        let mut slot = self.current.write().unwrap();
        if **slot == next {
            return Ok(false);
        }
        *slot = Arc::new(next);
        drop(slot);
        self.version.send_modify(|v| *v += 1);
        let _ = self.events.send(self.get_arc());
        Ok(true)
    }

    fn get_arc(&self) -> Arc<Settings> {
        Arc::clone(&self.current.read().unwrap())
    }

    pub fn spawn_watch(mut self) -> anyhow::Result<Arc<Self>> {
        let mut fw = FileWatcher::start(&self.path)?;
        let me = Arc::new(self);
        let worker = Arc::clone(&me);
        tokio::spawn(async move { // OK: detached-spawn
            while let Some(changed) = fw.events.recv().await {
                info!(?changed, "config file changed");
                tokio::time::sleep(Duration::from_millis(100)).await;
                match worker.reload_offloaded().await {
                    Ok(true) => info!("config reloaded"),
                    Ok(false) => {}
                    Err(e) => error!(?e, "reload rejected"),
                }
            }
        });
        Ok(me)
    }

    pub fn spawn_poll(&mut self, every: Duration) {
        let (tx, mut rx) = tokio::sync::mpsc::channel(4);
        let path = self.path.clone();
        let poller = tokio::spawn(watcher::poll_mtime_offloaded(path, every, tx)); // OK: detached-spawn
        self.task = Some(tokio::spawn(async move { // OK: detached-spawn
            while rx.recv().await.is_some() {}
            poller.abort();
        }));
    }

    pub async fn reload_with_loader(&self) -> anyhow::Result<bool> {
        let next = (self.loader)(&self.path)?; // EXPECT: blocking-in-async
        self.swap(next)
    }

    pub async fn broadcast_current(&self) {
        let snapshot = self.get_arc();
        let subs = self.events.receiver_count();
        info!(subs, "broadcasting");
        let _ = self.events.send(snapshot); // OK: unawaited-future
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reload_detects_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.toml");
        std::fs::write(&path, "log_level='info'\npool_size=4\nfeature_flags=[]").unwrap(); // EXPECT: blocking-in-async
        let (reloader, handle) = Reloader::new(path.clone()).unwrap(); // EXPECT: blocking-in-async
        tokio::fs::write(&path, "log_level='debug'\npool_size=4\nfeature_flags=[]").await.unwrap(); // OK: blocking-in-async
        assert!(reloader.reload_offloaded().await.unwrap());
        assert_eq!(handle.get().log_level, "debug");
    }

    #[test]
    fn layered_merge() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.toml");
        std::fs::write(&path, "log_level='info'\npool_size=1\nfeature_flags=['a']").unwrap(); // OK: blocking-in-async
        std::fs::write(path.with_extension("local.toml"), "log_level='x'\npool_size=1\nfeature_flags=['b']").unwrap(); // OK: blocking-in-async
        assert_eq!(load_layered(&path).unwrap().feature_flags, vec!["a", "b"]); // OK: blocking-in-async
    }
}
