//! Progress of the running snapshot, for the control plane. The compressor reports through a
//! sync callback from the blocking thread it runs on; the agent reads the events from a
//! channel.

use tokio::sync::mpsc;

#[derive(Debug)]
pub enum Progress {
    FileDone { path: String, bytes: u64 },
    ChunkUploaded { bytes: u64 },
    Skipped { path: String, reason: String },
}

#[derive(Clone)]
pub struct ProgressSink {
    tx: mpsc::Sender<Progress>,
}

impl ProgressSink {
    pub fn new(tx: mpsc::Sender<Progress>) -> Self {
        Self { tx }
    }

    /// The compressor's callback: called on the thread that compresses.
    pub fn file_done(&self, path: &str, bytes: u64) {
        let _ = self.tx.blocking_send(Progress::FileDone { path: path.to_string(), bytes }); // OK: block-on-in-async
    }

    pub fn skipped(&self, path: &str, reason: &str) {
        let _ = self.tx.blocking_send(Progress::Skipped { path: path.to_string(), reason: reason.to_string() }); // OK: block-on-in-async
    }

    /// From async code: waits for room in the channel.
    pub async fn chunk_uploaded(&self, bytes: u64) {
        let _ = self.tx.send(Progress::ChunkUploaded { bytes }).await;
    }
}
