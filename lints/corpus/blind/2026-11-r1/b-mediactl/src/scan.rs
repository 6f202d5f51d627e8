//! Finding the recordings in the input folder.

use std::path::{Path, PathBuf};

pub fn collect(dir: &Path, extensions: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
        if wanted {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// The async variant used by the watch mode.
pub async fn collect_async(dir: &Path, extensions: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut entries = tokio::fs::read_dir(dir).await?; // OK: blocking-in-async
    while let Some(entry) = entries.next_entry().await? {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| x == e)) {
            out.push(path);
        }
    }
    Ok(out)
}

/// Re-scans when the folder changes; small folders, so the listing runs inline.
pub async fn rescan(dir: &Path, extensions: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let found = collect(dir, extensions)?; // EXPECT: blocking-in-async
    Ok(found)
}
