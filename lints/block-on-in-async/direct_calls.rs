//! Blocking on a future, or on a tokio primitive, from async code: tokio panics ("Cannot
//! block the current thread from within a runtime") or the runtime deadlocks. The same calls
//! are fine on a thread of their own.

use std::sync::Arc;

use tokio::runtime::{Handle, Runtime};
use tokio::sync::{Mutex, RwLock, mpsc, oneshot};

struct Settings {
    values: RwLock<Vec<String>>,
    dirty: Mutex<bool>,
}

async fn reload(settings: &Settings, runtime: &Runtime, handle: Handle) {
    runtime.block_on(async {}); // EXPECT: block-on-in-async
    handle.block_on(async {}); // EXPECT: block-on-in-async
    Handle::current().block_on(async {}); // EXPECT: block-on-in-async
    futures::executor::block_on(async {}); // EXPECT: block-on-in-async
    pollster::block_on(async {}); // EXPECT: block-on-in-async
    let values = settings.values.blocking_read(); // EXPECT: block-on-in-async
    drop(values);
    *settings.dirty.blocking_lock() = true; // EXPECT: block-on-in-async
    settings.values.blocking_write().clear(); // EXPECT: block-on-in-async
}

async fn relay(mut rx: mpsc::Receiver<u32>, tx: mpsc::Sender<u32>, done: oneshot::Receiver<()>) {
    let first = rx.blocking_recv(); // EXPECT: block-on-in-async
    tx.blocking_send(first.unwrap_or(0)).ok(); // EXPECT: block-on-in-async
    done.blocking_recv().ok(); // EXPECT: block-on-in-async
    let next = rx.recv().await; // OK: block-on-in-async
    tx.send(next.unwrap_or(0)).await.ok(); // OK: block-on-in-async
}

/// A thread of its own, or the blocking pool: blocking there is what these APIs are for.
async fn bridged(settings: Arc<Settings>, handle: Handle) {
    let copy = settings.clone();
    tokio::task::spawn_blocking(move || {
        let values = copy.values.blocking_read(); // OK: block-on-in-async
        handle.block_on(async {}); // OK: block-on-in-async
        values.len()
    })
    .await
    .ok();
    tokio::task::block_in_place(|| Handle::current().block_on(async {})); // OK: block-on-in-async
    std::thread::spawn(move || *settings.dirty.blocking_lock() = false); // OK: block-on-in-async
}

/// Sync code outside the runtime may block on futures.
fn main() {
    let runtime = Runtime::new().unwrap();
    runtime.block_on(async {}); // OK: block-on-in-async
    futures::executor::block_on(async {}); // OK: block-on-in-async
}

/// A crate method that merely shares the name is not tokio's bridge when its receiver is
/// known: `Journal::block_on` is the crate's own, and async.
struct Journal;

impl Journal {
    async fn block_on(&self, _entry: u32) {}
}

async fn journal(journal: &Journal) {
    journal.block_on(1).await; // OK: block-on-in-async
}
