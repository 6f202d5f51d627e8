//! An append-only journal of stores and evictions, for crash recovery.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

pub struct Journal {
    file: Mutex<File>,
}

impl Journal {
    pub fn open(path: &Path) -> std::io::Result<Journal> {
        let file = OpenOptions::new().create(true).append(true).open(path)?; // OK: blocking-in-async
        Ok(Journal { file: Mutex::new(file) })
    }

    pub fn record(&self, line: &str) -> std::io::Result<()> {
        let mut file = self.file.lock().unwrap(); // OK: lock-across-await
        file.write_all(line.as_bytes())?; // OK: blocking-in-async
        file.write_all(b"\n")
    }

    /// Makes the recorded lines durable.
    pub fn commit(&self) -> std::io::Result<()> {
        self.file.lock().unwrap().sync_data() // OK: blocking-in-async
    }
}
