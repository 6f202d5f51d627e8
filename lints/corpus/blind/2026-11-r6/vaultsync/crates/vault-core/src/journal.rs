//! The append-only journal of changes, written beside the store so a crash can be replayed.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::entry::Entry;

/// Writes the journal in one go; the caller decides where this runs.
pub fn write_journal(path: &Path, entries: &[Entry]) -> anyhow::Result<()> {
    let file = std::fs::File::create(path)?; // OK: blocking-in-async
    let mut out = BufWriter::new(file);
    for entry in entries {
        writeln!(out, "{}", entry.to_line())?;
    }
    out.flush()?;
    Ok(())
}

/// The same, on the blocking pool, for async callers.
pub async fn write_journal_offloaded(path: PathBuf, entries: Vec<Entry>) -> anyhow::Result<()> {
    tokio::task::spawn_blocking(move || write_journal(&path, &entries)).await? // OK: blocking-in-async
}
