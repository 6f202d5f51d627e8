//! Sync entry points into the async cache for plugin hosts and build scripts that have no
//! runtime of their own.

pub mod hooks;

use std::sync::Arc;

use stash_core::remote::Remote;
use tokio::sync::{Mutex, mpsc};

/// Fetches one object, waiting on the ambient runtime.
pub fn fetch_blocking(remote: &Remote, key: &str) -> anyhow::Result<Vec<u8>> {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(remote.download(key)) // OK: block-on-in-async
}

/// Checks the remote once, on a private executor.
pub fn ping_blocking(remote: &Remote) -> bool {
    futures::executor::block_on(remote.ping()).is_ok() // OK: block-on-in-async
}

/// Snapshot of the shared key list, for sync callers.
pub fn pinned_keys(pins: &Arc<Mutex<Vec<String>>>) -> Vec<String> {
    pins.blocking_lock().clone() // OK: block-on-in-async
}

/// Queues a key for upload from a sync callback.
pub fn enqueue_upload(queue: &mpsc::Sender<String>, key: String) -> anyhow::Result<()> {
    queue.blocking_send(key).map_err(|_| anyhow::anyhow!("upload queue closed")) // OK: block-on-in-async
}

/// A runtime of its own, for callers that are certain to be outside tokio.
pub fn with_own_runtime<T>(fut: impl std::future::Future<Output = T>) -> T {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(fut) // OK: block-on-in-async
}
