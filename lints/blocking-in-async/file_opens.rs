//! Opening a file is one syscall, as cheap as the metadata calls the rule leaves alone: an
//! open is reported only where the handle is then read or written. The reads and writes are
//! reported as ever.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::path::Path;
use std::time::Duration;

use anyhow::Context;

pub async fn read_config(path: &Path) -> std::io::Result<String> {
    let mut file = File::open(path)?; // EXPECT: blocking-in-async
    let mut text = String::new();
    file.read_to_string(&mut text)?; // EXPECT: blocking-in-async
    Ok(text)
}

pub async fn count_lines(path: &Path) -> std::io::Result<usize> {
    let file = File::open(path)?; // EXPECT: blocking-in-async
    Ok(BufReader::new(file).lines().count()) // EXPECT: blocking-in-async
}

pub async fn parse_manifest(path: &Path) -> anyhow::Result<serde_json::Value> {
    let file = File::open(path).context("open the manifest")?; // EXPECT: blocking-in-async
    Ok(serde_json::from_reader(file)?)
}

pub async fn append_audit(path: &Path, line: &str) -> std::io::Result<()> {
    let mut log = OpenOptions::new().create(true).append(true).open(path)?; // EXPECT: blocking-in-async
    writeln!(log, "{line}")
}

pub async fn first_byte(path: &Path) -> Option<u8> {
    if let Ok(mut file) = File::open(path) { // EXPECT: blocking-in-async
        let mut byte = [0u8; 1];
        file.read_exact(&mut byte).ok()?;
        return Some(byte[0]);
    }
    None
}

pub async fn copy_into(path: &Path, sink: &mut Vec<u8>) -> std::io::Result<u64> {
    let mut file = File::open(path)?; // EXPECT: blocking-in-async
    std::io::copy(&mut file, sink)
}

/// The handle goes to the crate's own fn, whose read is reported at the call.
pub async fn verify_cached(path: &Path, expected: &str) -> anyhow::Result<bool> {
    match File::open(path) { // OK: blocking-in-async
        Ok(file) => check_digest(file, expected), // EXPECT: blocking-in-async
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn check_digest(mut file: File, expected: &str) -> anyhow::Result<bool> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(format!("{}", bytes.len()) == expected)
}

/// The handle goes to the crate's own fn, whose reads go through a reader the rule does not
/// know: the open is where the blocking I/O starts.
pub async fn open_archive(path: &Path) -> anyhow::Result<usize> {
    let file = File::open(path)?; // EXPECT: blocking-in-async
    entries_of(file)
}

fn entries_of(file: File) -> anyhow::Result<usize> {
    let archive = zip::ZipArchive::new(file)?;
    Ok(archive.len())
}

/// A lock file: opened, then only locked.
fn open_lock(path: &Path) -> std::io::Result<File> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)
}

pub async fn wait_for_lock(path: &Path) -> std::io::Result<File> {
    let file = open_lock(path)?; // OK: blocking-in-async
    loop {
        if file.try_lock().is_ok() {
            return Ok(file);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn hold_pid_lock(path: &Path) -> std::io::Result<File> {
    let lock = File::create(path)?; // OK: blocking-in-async
    lock.lock()?;
    Ok(lock)
}

pub async fn touch_ready_marker(dir: &Path) -> std::io::Result<()> {
    File::create(dir.join(".ready"))?; // OK: blocking-in-async
    Ok(())
}

pub async fn keep_open(path: &Path, open_files: &mut Vec<File>) -> std::io::Result<()> {
    let file = File::open(path)?; // OK: blocking-in-async
    open_files.push(file);
    Ok(())
}

/// Opened here, read on the blocking pool: only the cheap open is on the async thread.
pub async fn digest_on_pool(path: &Path) -> std::io::Result<usize> {
    let mut file = File::open(path)?; // OK: blocking-in-async
    tokio::task::spawn_blocking(move || {
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map(|_| bytes.len())
    })
    .await?
}

/// `File::options()` only makes a builder; the open at the end of the chain is the call.
pub async fn write_report(path: &Path, body: &[u8]) -> std::io::Result<()> {
    let mut report = File::options().create(true).write(true).open(path)?; // EXPECT: blocking-in-async
    report.write_all(body) // EXPECT: blocking-in-async
}
