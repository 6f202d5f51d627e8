use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use crate::actor::Handle;

/// Polls the notes folder for changes: a plain thread does the blocking polling, this task
/// forwards what it finds.
pub async fn watch_folder(dir: PathBuf, handle: Handle) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel::<PathBuf>();
    let thread_handle = handle.clone();
    std::thread::spawn(move || poll_forever(dir, tx, thread_handle)); // OK: untracked-spawn, blocking-in-async
    let mut ticker = tokio::time::interval(Duration::from_millis(500));
    loop {
        ticker.tick().await;
        while let Ok(path) = rx.try_recv() { // OK: blocking-in-async
            let body = tokio::fs::read(&path).await?;
            handle.put(path.display().to_string(), body).await?;
        }
        if let Ok(path) = rx.recv_timeout(Duration::from_millis(50)) { // EXPECT: blocking-in-async
            tracing::debug!(?path, "late change");
        }
    }
}

fn poll_forever(dir: PathBuf, tx: mpsc::Sender<PathBuf>, handle: Handle) {
    loop {
        std::thread::sleep(Duration::from_secs(1)); // OK: blocking-in-async
        if let Ok(entries) = std::fs::read_dir(&dir) { // OK: blocking-in-async
            for entry in entries.flatten() {
                let body = std::fs::read(entry.path()).unwrap_or_default(); // OK: blocking-in-async
                handle.put_from_thread(entry.path().display().to_string(), body); // OK: block-on-in-async
                let _ = tx.send(entry.path()); // OK: unawaited-future
            }
        }
    }
}
