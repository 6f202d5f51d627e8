//! The append-only journal on disk.

use std::io::Write;

/// Appends one entry: opens the journal and writes to it, blocking the thread.
pub fn append(path: &str, entry: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().append(true).open(path)?;
    writeln!(file, "{entry}")
}

/// Reads the whole journal back, through a helper of its own.
pub fn replay(path: &str) -> std::io::Result<Vec<String>> {
    Ok(read_all(path)?.lines().map(str::to_string).collect())
}

fn read_all(path: &str) -> std::io::Result<String> {
    std::fs::read_to_string(path)
}

/// Hands the write to the blocking pool: calling it from async code is fine.
pub fn append_in_background(path: String, entry: String) {
    std::thread::spawn(move || {
        let _ = std::fs::write(path, entry);
    });
}
