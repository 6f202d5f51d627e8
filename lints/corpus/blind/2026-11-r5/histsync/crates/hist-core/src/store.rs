//! The local history file: one JSON entry per line, with an in-memory tail of recent entries.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tokio::sync::OnceCell;

use crate::entry::Entry;

static LAYOUT_MIGRATED: OnceCell<()> = OnceCell::const_new();

pub struct Store {
    file: PathBuf,
    recent: Mutex<Vec<Entry>>,
}

/// Move a history of the old plain-text layout to the JSON-lines file.
fn migrate_layout(dir: &Path) -> std::io::Result<()> {
    let old = dir.join("history.txt");
    if !old.exists() {
        return Ok(());
    }
    let text = std::fs::read_to_string(&old)?;
    let mut out = std::fs::File::create(dir.join("history.jsonl"))?;
    for (n, line) in text.lines().enumerate() {
        writeln!(out, "{{\"id\":\"{n}\",\"command\":{:?},\"cwd\":\"\",\"exit\":0,\"timestamp\":0}}", line)?;
    }
    std::fs::remove_file(old)
}

impl Store {
    pub async fn open(dir: &Path) -> anyhow::Result<Store> {
        LAYOUT_MIGRATED
            .get_or_try_init(|| async { migrate_layout(dir) }) // OK: blocking-in-async
            .await?;
        Ok(Store {
            file: dir.join("history.jsonl"),
            recent: Mutex::new(Vec::new()),
        })
    }

    /// Record one command; the CLI's `record` subcommand calls it.
    pub async fn append(&self, entry: &Entry) -> anyhow::Result<()> {
        let line = serde_json::to_string(entry)?;
        let mut text = std::fs::read_to_string(&self.file).unwrap_or_default(); // OK: blocking-in-async
        text.push_str(&line);
        text.push('\n');
        std::fs::write(&self.file, text)?; // OK: blocking-in-async
        self.recent.lock().unwrap().push(entry.clone());
        Ok(())
    }

    /// Entries whose command contains `query`; the daemon's search handler calls it.
    pub async fn search(&self, query: &str) -> anyhow::Result<Vec<Entry>> {
        let text = std::fs::read_to_string(&self.file)?; // EXPECT: blocking-in-async
        Ok(text
            .lines()
            .filter_map(Entry::parse_line)
            .filter(|entry| entry.command.contains(query))
            .collect())
    }

    /// Keep the newest `keep` entries. Nothing in the workspace calls it yet.
    pub async fn prune(&self, keep: usize) -> anyhow::Result<usize> {
        let text = std::fs::read_to_string(&self.file)?; // EXPECT: blocking-in-async
        let lines: Vec<&str> = text.lines().collect();
        let dropped = lines.len().saturating_sub(keep);
        std::fs::write(&self.file, lines[dropped..].join("\n"))?; // EXPECT: blocking-in-async
        Ok(dropped)
    }

    /// Copy the history file for `hist export`.
    pub async fn export(&self, out: &Path) -> anyhow::Result<u64> {
        Ok(std::fs::copy(&self.file, out)?) // OK: blocking-in-async
    }

    pub async fn flush(&self) -> anyhow::Result<()> {
        let recent = std::mem::take(&mut *self.recent.lock().unwrap());
        let text: String = recent
            .iter()
            .map(|entry| serde_json::to_string(entry).unwrap() + "\n")
            .collect();
        tokio::fs::write(&self.file, text).await?;
        Ok(())
    }

    pub async fn clear(&self) -> anyhow::Result<()> {
        tokio::fs::write(&self.file, b"").await?;
        Ok(())
    }

    pub fn recent(&self) -> std::sync::MutexGuard<'_, Vec<Entry>> {
        self.recent.lock().unwrap()
    }

    pub fn path(&self) -> &Path {
        &self.file
    }
}
