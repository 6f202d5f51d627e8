//! Folder events: the `notify` watcher runs on its own thread and forwards changed paths to
//! the agent's channel.

use std::path::{Path, PathBuf};
use std::sync::mpsc as std_mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};
use tokio::sync::mpsc;

pub fn watch(root: &Path) -> anyhow::Result<mpsc::Receiver<PathBuf>> {
    let (tx, rx) = mpsc::channel(1024);
    let (raw_tx, raw_rx) = std_mpsc::channel();
    let mut watcher = notify::recommended_watcher(raw_tx)?;
    watcher.watch(root, RecursiveMode::Recursive)?;
    std::thread::Builder::new().name("deskagent-watch".into()).spawn(move || {
        let _watcher = watcher;
        while let Ok(Ok(event)) = raw_rx.recv() { // OK: blocking-in-async
            for path in event.paths {
                if path.components().any(|c| c.as_os_str() == ".deskagent") {
                    continue;
                }
                if tx.blocking_send(path).is_err() { // OK: block-on-in-async
                    return;
                }
            }
        }
    })?;
    Ok(rx)
}

/// Waits until the folder has been quiet for a while; used before the first full scan.
pub async fn wait_quiet(raw: &std_mpsc::Receiver<notify::Result<notify::Event>>) {
    while raw.recv_timeout(Duration::from_millis(500)).is_ok() {} // EXPECT: blocking-in-async
}

/// Forwards one batch from the raw channel without blocking.
pub async fn forward_ready(raw: &std_mpsc::Receiver<notify::Result<notify::Event>>, tx: &mpsc::Sender<PathBuf>) {
    while let Ok(Ok(event)) = raw.try_recv() { // OK: blocking-in-async
        for p in event.paths {
            tx.send(p).await.ok(); // OK: unawaited-future
        }
    }
}

/// Forwards one batch, leaving the paths for the next round if the agent is busy.
pub async fn forward_or_drop(paths: Vec<PathBuf>, tx: &mpsc::Sender<PathBuf>) {
    for p in paths {
        if tx.try_send(p).is_err() { // OK: unawaited-future
            break;
        }
    }
    tx.send(PathBuf::from(".")); // EXPECT: unawaited-future
}
