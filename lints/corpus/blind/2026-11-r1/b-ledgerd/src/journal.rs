//! The on-disk journal: an append-only file of ledger entries, one JSON object per line, plus
//! the in-memory set of entries the server has not acknowledged yet.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub seq: u64,
    pub origin: String,
    pub account: String,
    pub amount_cents: i64,
    pub memo: String,
}

pub struct Journal {
    path: PathBuf,
    unacked: Mutex<BTreeMap<u64, Entry>>,
    dirty: Mutex<bool>,
}

impl Journal {
    pub fn open(dir: &Path) -> io::Result<Journal> {
        let path = dir.join("journal.ndjson");
        let mut unacked = BTreeMap::new();
        if path.exists() {
            let file = File::open(&path)?; // OK: blocking-in-async
            for line in BufReader::new(file).lines() {
                let entry: Entry = serde_json::from_str(&line?)?;
                unacked.insert(entry.seq, entry);
            }
        }
        Ok(Journal { path, unacked: Mutex::new(unacked), dirty: Mutex::new(false) })
    }

    /// Appends one entry; the write runs on the blocking pool.
    pub async fn append(&self, entry: Entry) -> anyhow::Result<()> {
        let line = serde_json::to_string(&entry)?;
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || append_line(&path, &line)).await??; // OK: blocking-in-async
        self.unacked.lock().unwrap().insert(entry.seq, entry); // OK: lock-across-await
        *self.dirty.lock().unwrap() = true; // OK: lock-across-await
        Ok(())
    }

    pub async fn count(&self) -> usize {
        self.unacked.lock().unwrap().len() // OK: lock-across-await
    }

    pub fn mark_acked(&self, seq: u64) {
        self.unacked.lock().unwrap().remove(&seq);
    }

    pub fn unacked(&self) -> Vec<Entry> {
        self.unacked.lock().unwrap().values().cloned().collect()
    }

    /// Rewrites the journal with only the unacknowledged entries.
    pub fn flush_to_disk(&self) -> io::Result<()> {
        let entries = self.unacked();
        let tmp = self.path.with_extension("tmp");
        let mut out = File::create(&tmp)?; // OK: blocking-in-async
        for e in &entries {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?; // OK: blocking-in-async
        }
        out.sync_all()?;
        std::fs::rename(&tmp, &self.path)?;
        *self.dirty.lock().unwrap() = false;
        Ok(())
    }

    /// Commits the compacted journal; called by the snapshot task through spawn_blocking.
    pub fn commit(&self) -> io::Result<()> {
        if *self.dirty.lock().unwrap() {
            self.flush_to_disk()?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn append_line(path: &Path, line: &str) -> io::Result<()> {
    let mut f = OpenOptions::new().append(true).create(true).open(path)?; // OK: blocking-in-async
    writeln!(f, "{line}")?;
    f.sync_data()
}
