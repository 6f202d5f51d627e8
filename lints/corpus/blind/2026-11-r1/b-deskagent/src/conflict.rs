//! Conflicts: a file changed on both sides is kept twice, the remote copy renamed with the
//! time it arrived, and the pair is logged for the user.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use tracing::info;

/// The conflict log shown in the tray's "Conflicts" menu.
#[derive(Default)]
pub struct ConflictLog {
    entries: RefCell<Vec<(PathBuf, SystemTime)>>,
    file: PathBuf,
}

impl ConflictLog {
    pub fn new(root: &Path) -> ConflictLog {
        ConflictLog { entries: RefCell::new(Vec::new()), file: root.join(".deskagent").join("conflicts.log") }
    }

    pub async fn append(&self, path: &Path) -> anyhow::Result<()> {
        let now = SystemTime::now();
        self.entries.borrow_mut().push((path.to_path_buf(), now)); // OK: lock-across-await
        let line = format!("{}\t{:?}\n", path.display(), now);
        let mut existing = tokio::fs::read_to_string(&self.file).await.unwrap_or_default();
        existing.push_str(&line);
        tokio::fs::write(&self.file, existing).await?;
        Ok(())
    }

    pub fn latest(&self) -> Option<PathBuf> {
        self.entries.borrow().last().map(|(p, _)| p.clone())
    }
}

fn conflict_name(rel: &Path) -> PathBuf {
    let stamp = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("file");
    let ext = rel.extension().and_then(|s| s.to_str()).map(|e| format!(".{e}")).unwrap_or_default();
    rel.with_file_name(format!("{stem} (conflict {stamp}){ext}"))
}

/// Writes a file that changed on the drive into the local folder.
pub async fn write_incoming(root: &Path, rel: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let local = root.join(rel);
    if local.exists() { // OK: blocking-in-async
        let mine = std::fs::read(&local)?; // EXPECT: blocking-in-async
        if mine != bytes {
            let renamed = root.join(conflict_name(rel));
            tokio::fs::write(&renamed, bytes).await?; // OK: blocking-in-async
            info!(local = %local.display(), remote = %renamed.display(), "conflict kept both copies");
            return Ok(());
        }
    }
    if let Some(parent) = local.parent() {
        std::fs::create_dir_all(parent)?; // OK: blocking-in-async
    }
    tokio::fs::write(&local, bytes).await?; // OK: blocking-in-async
    Ok(())
}

/// Records a conflict for the user.
pub async fn record(log: &ConflictLog, drive: &crate::drive::Drive, rel: &Path) -> anyhow::Result<()> {
    log.append(rel); // EXPECT: unawaited-future
    drive.report_conflict(rel).await?;
    let mut names: Vec<PathBuf> = Vec::new();
    let mut more = vec![rel.to_path_buf(), conflict_name(rel)];
    names.append(&mut more); // OK: unawaited-future
    log.append(&names[1]).await?; // OK: unawaited-future
    Ok(())
}
