//! Offloading helpers: CPU-heavy or blocking work (hashing, compression, directory walks) goes
//! to the blocking pool through these, so no caller forgets the `spawn_blocking`.

/// Runs `work` on the blocking pool and waits for it; a panic there is re-raised here.
pub async fn on_worker<F, T>(work: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(value) => value,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
