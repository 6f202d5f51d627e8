//! Crate-local file helpers: thin async wrappers that keep handlers off the blocking pool API.
use std::io;
use std::path::{Path, PathBuf};

pub async fn read_to_string(path: impl AsRef<Path>) -> io::Result<String> {
    let path = path.as_ref().to_owned();
    tokio::task::spawn_blocking(move || std::fs::read_to_string(&path)) // OK: blocking-in-async
        .await
        .expect("blocking read panicked")
}

pub async fn write(path: PathBuf, bytes: Vec<u8>) -> io::Result<()> {
    let job = move || {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?; // OK: blocking-in-async
        std::fs::write(&path, &bytes) // OK: blocking-in-async
    };
    tokio::task::spawn_blocking(job).await.expect("blocking write panicked")
}

pub async fn remove_file(path: &Path) -> io::Result<()> {
    tokio::fs::remove_file(path).await
}

/// Used by the CLI migration tool only, never from a request handler.
pub fn sync_copy(from: &Path, to: &Path) -> io::Result<u64> {
    std::fs::copy(from, to) // OK: blocking-in-async
}
