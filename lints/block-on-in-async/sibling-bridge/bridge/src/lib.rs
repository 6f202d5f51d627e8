//! A sync facade over async work, meant for callers outside the runtime. Called from the async
//! code of the sibling crate `app`, its blocking fns are found there, with the chain.

mod settings;

use std::sync::Arc;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, Mutex};

pub use settings::reload_now;

async fn fetch(url: &str) -> String {
    tokio::task::yield_now().await;
    url.to_string()
}

pub fn fetch_now(url: &str) -> String {
    Handle::current().block_on(fetch(url))
}

pub fn drain_now(rx: &mut mpsc::Receiver<u32>) -> Option<u32> {
    rx.blocking_recv()
}

pub fn describe(url: &str) -> String {
    format!("remote {url}")
}

/// Runs the blocking fetch on a thread of its own.
pub fn fetch_detached(url: String) {
    std::thread::spawn(move || fetch_now(&url));
}

pub struct Session {
    pending: Arc<Mutex<Vec<String>>>,
}

impl Session {
    pub fn new() -> Self {
        Session {
            pending: Arc::new(Mutex::new(Vec::new())),
        }
    }

    pub fn pending_now(&self) -> usize {
        self.pending.blocking_lock().len()
    }

    pub fn label(&self) -> String {
        format!("session at {:p}", self.pending)
    }
}

pub async fn warm(url: &str) {
    let body = fetch_now(url); // EXPECT: block-on-in-async [mentions: block_on]
    drop(body);
}
