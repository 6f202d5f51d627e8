//! File helpers in the style of tokio's own `fs` module: each runs the std call on the blocking
//! pool, so callers await them from async code without blocking a worker.

use std::path::{Path, PathBuf};

pub async fn read_cached(path: impl AsRef<Path>) -> String {
    let path: PathBuf = path.as_ref().to_owned();
    tokio::task::spawn_blocking(move || std::fs::read_to_string(path).unwrap_or_default()) // OK: blocking-in-async
        .await
        .unwrap_or_default()
}

pub async fn write_atomic(path: PathBuf, bytes: Vec<u8>) -> std::io::Result<()> {
    tokio::task::spawn_blocking(move || {
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, &bytes)?; // OK: blocking-in-async
        std::fs::rename(&tmp, &path) // OK: blocking-in-async
    })
    .await
    .expect("blocking pool")
}
