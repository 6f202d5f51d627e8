//! Match replays: every snapshot of a room is appended to a replay file, compressed when the
//! match ends, and uploaded to the replay CDN. Viewers download them later.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::runtime::Handle;
use tokio::sync::{broadcast, mpsc, Semaphore};
use tokio_util::sync::CancellationToken;

use crate::room::Snapshot;

pub struct Recorder {
    dir: PathBuf,
    cdn: reqwest::Client,
    cdn_url: String,
    uploads: Arc<Semaphore>,
}

impl Recorder {
    pub fn new(dir: PathBuf, cdn_url: String) -> Arc<Self> {
        Arc::new(Self { dir, cdn: reqwest::Client::new(), cdn_url, uploads: Arc::new(Semaphore::new(2)) })
    }

    /// Appends a room's snapshots to its replay file until the room closes its channel.
    pub fn record(self: &Arc<Self>, room: u64, mut snapshots: broadcast::Receiver<Snapshot>) {
        let path = self.dir.join(format!("{room}.replay"));
        let recorder = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut file = match tokio::fs::File::create(&path).await {
                Ok(file) => file,
                Err(e) => return tracing::error!(room, error = %e, "no replay file"),
            };
            loop {
                match snapshots.recv().await {
                    Ok(snapshot) => {
                        let line = format!("{} {:?}\n", snapshot.tick, snapshot.positions);
                        if file.write_all(line.as_bytes()).await.is_err() {
                            break;
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(n)) => tracing::warn!(room, n, "replay dropped frames"),
                    Err(broadcast::error::RecvError::Closed) => break,
                }
            }
            let _ = file.flush().await;
            recorder.publish(room, path).await;
        });
    }

    /// Compresses a finished replay on the blocking pool and uploads it, two at a time.
    async fn publish(&self, room: u64, path: PathBuf) {
        let Ok(_permit) = self.uploads.acquire().await else { return };
        let compressed = tokio::task::spawn_blocking(move || { // OK: untracked-spawn, detached-spawn
            let raw = std::fs::read(&path)?; // OK: blocking-in-async
            let packed = zstd::encode_all(raw.as_slice(), 9)?;
            std::fs::remove_file(&path)?; // OK: blocking-in-async
            Ok::<_, std::io::Error>(packed)
        })
        .await;
        let Ok(Ok(bytes)) = compressed else {
            return tracing::warn!(room, "replay not compressed");
        };
        let url = format!("{}/replays/{room}.zst", self.cdn_url);
        if let Err(e) = self.cdn.put(&url).body(bytes).send().await {
            tracing::warn!(room, error = %e, "replay upload failed");
        }
    }

    /// Size of the replay directory, refreshed by a task; the admin page shows it.
    pub fn watch_disk_usage(self: &Arc<Self>, usage: tokio::sync::watch::Sender<u64>, shutdown: CancellationToken) {
        let dir = self.dir.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            while !shutdown.is_cancelled() {
                let mut total = 0;
                if let Ok(mut entries) = tokio::fs::read_dir(&dir).await {
                    while let Ok(Some(entry)) = entries.next_entry().await {
                        total += entry.metadata().await.map(|m| m.len()).unwrap_or(0);
                    }
                }
                let _ = usage.send(total);
                tokio::time::sleep(Duration::from_secs(60)).await;
            }
        });
    }

    /// Deletes a replay a player reported, right away; the CDN copy goes in the background.
    pub async fn takedown(self: &Arc<Self>, room: u64) -> std::io::Result<()> {
        tokio::fs::remove_file(self.dir.join(format!("{room}.replay"))).await?;
        let recorder = self.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: send] // OK: untracked-spawn
            recorder.cdn.delete(format!("{}/replays/{room}.zst", recorder.cdn_url)).send().await
        });
        Ok(())
    }

    /// Counts the frames of a replay for the match page, on the spot.
    pub fn frame_count_later(self: &Arc<Self>, room: u64, answer: mpsc::Sender<usize>) {
        let path = self.dir.join(format!("{room}.replay"));
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let text = Handle::current().block_on(tokio::fs::read_to_string(&path)).unwrap_or_default(); // EXPECT: block-on-in-async
            let _ = answer.send(text.lines().count()).await;
        });
    }

    /// Counts the frames of many replays for the season page.
    pub async fn frame_counts(&self, rooms: &[u64]) -> Vec<usize> {
        let read = |room: &u64| futures::executor::block_on(tokio::fs::read_to_string(self.dir.join(format!("{room}.replay")))); // EXPECT: block-on-in-async
        rooms.iter().take(20).map(|room| read(room).map(|t| t.lines().count()).unwrap_or(0)).collect() // OK: unbounded-gather
    }
}
