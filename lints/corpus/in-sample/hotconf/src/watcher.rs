//! File watching: bridges the `notify` crate's callback thread into a tokio channel.
use std::path::{Path, PathBuf};
use std::sync::mpsc as std_mpsc;
use std::time::Duration;
use std::{fs, thread};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tracing::{debug, warn};

pub struct FileWatcher {
    _inner: RecommendedWatcher,
    pub events: mpsc::Receiver<PathBuf>,
}

impl FileWatcher {
    pub fn start(path: &Path) -> notify::Result<Self> {
        let (raw_tx, raw_rx) = std_mpsc::channel();
        let mut inner = notify::recommended_watcher(raw_tx)?;
        inner.watch(path, RecursiveMode::NonRecursive)?;
        let (tx, events) = mpsc::channel(16);
        thread::Builder::new().name("hotconf-watch".into()).spawn(move || {
            for res in raw_rx { // OK: blocking-in-async
                match res {
                    Ok(notify::Event { paths, .. }) => {
                        for p in paths {
                            if tx.blocking_send(p).is_err() { // OK: blocking-in-async
                                return;
                            }
                        }
                    }
                    Err(e) => warn!(?e, "watch error"),
                }
            }
        })?;
        Ok(Self { _inner: inner, events })
    }
}

/// Polling fallback for network filesystems where inotify does not fire.
pub async fn poll_mtime(path: PathBuf, every: Duration, tx: mpsc::Sender<PathBuf>) {
    let mut last = None;
    loop {
        let mtime = fs::metadata(&path).and_then(|m| m.modified()).ok(); // OK: blocking-in-async
        if mtime != last {
            last = mtime;
            debug!(?path, "mtime changed");
            if tx.send(path.clone()).await.is_err() {
                return;
            }
        }
        tokio::time::sleep(every).await;
    }
}

pub async fn poll_mtime_offloaded(path: PathBuf, every: Duration, tx: mpsc::Sender<PathBuf>) {
    let mut last = None;
    loop {
        let p = path.clone();
        let mtime = tokio::task::spawn_blocking(move || fs::metadata(&p).and_then(|m| m.modified()).ok()) // OK: blocking-in-async
            .await
            .ok()
            .flatten();
        if mtime != last {
            last = mtime;
            let _ = tx.send(path.clone()).await;
        }
        tokio::time::sleep(every).await;
    }
}

pub async fn wait_first_change(rx: std_mpsc::Receiver<notify::Result<notify::Event>>) -> Option<PathBuf> {
    let ev = rx.recv().ok()?.ok()?; // EXPECT: blocking-in-async
    ev.paths.into_iter().next()
}

pub async fn drain_changes(rx: &std_mpsc::Receiver<PathBuf>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    while let Ok(p) = rx.recv_timeout(Duration::from_millis(50)) { // EXPECT: blocking-in-async
        out.push(p);
    }
    out
}
