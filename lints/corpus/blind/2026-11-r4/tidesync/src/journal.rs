//! The change journal: an append-only file of synced paths, and the replay of a path list a
//! peer hands over.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use tokio::task::JoinSet;

use crate::state::SyncState;

pub struct Journal {
    file: File,
}

impl Journal {
    /// Open the journal; writes go through `append`.
    pub async fn open(dir: &Path) -> anyhow::Result<Journal> {
        let file = File::options().append(true).create(true).open(dir.join("journal"))?; // OK: blocking-in-async
        Ok(Journal { file })
    }

    pub fn append(&mut self, line: &str) -> std::io::Result<()> {
        self.file.write_all(line.as_bytes()) // OK: blocking-in-async
    }
}

/// Copy the journal into a peer's upload buffer.
pub async fn export_to(dir: &Path, out: &mut Vec<u8>) -> anyhow::Result<u64> {
    let mut file = File::open(dir.join("journal"))?; // EXPECT: blocking-in-async
    Ok(std::io::copy(&mut file, out)?)
}

/// Replay a list of paths a peer sent as a file, uploading each.
pub async fn replay(state: Arc<SyncState>, list: &Path, journal: &mut Journal) -> anyhow::Result<()> {
    let text = tokio::fs::read_to_string(list).await?;
    let mut uploads = JoinSet::new();
    for line in text.lines() {
        let state = state.clone();
        let path = line.to_string();
        uploads.spawn(async move { state.record(&path, Vec::new()).await }); // EXPECT: unbounded-gather
    }
    while let Some(done) = uploads.join_next().await {
        done??;
    }
    journal.append("replayed\n")?; // EXPECT: blocking-in-async
    Ok(())
}
