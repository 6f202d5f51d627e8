//! Sync entry points for callers without a runtime of their own: build scripts, editor plugins
//! and the `yard` CLI's hooks. Each one drives a future of `yard-core` to completion.

use std::sync::Arc;

use tokio::sync::{RwLock, mpsc};

/// Settings shared with a running server, behind tokio's lock because async code writes them.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub upstream: String,
    pub max_blob: u64,
}

/// The digest a server advertises for `name`, on the current runtime.
pub fn resolve_digest(name: &str) -> anyhow::Result<String> {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(yard_core::remote::head_digest(name)) // OK: block-on-in-async
}

/// A copy of the settings for a sync reader.
pub fn settings_snapshot(settings: &Arc<RwLock<Settings>>) -> Settings {
    settings.blocking_read().clone() // OK: block-on-in-async
}

/// The next build ticket, waiting for one.
pub fn next_ticket(rx: &mut mpsc::Receiver<String>) -> Option<String> {
    rx.blocking_recv() // OK: block-on-in-async
}

/// Resolve every name in turn, through the single-name helper.
pub fn resolve_all(names: &[String]) -> anyhow::Result<Vec<String>> {
    names.iter().map(|name| resolve_digest(name)).collect() // OK: block-on-in-async
}

/// Run a hook future on a throwaway executor.
pub fn run_hook<F: std::future::Future<Output = ()>>(hook: F) {
    futures::executor::block_on(hook) // OK: block-on-in-async
}

/// A pure helper with a blocking-sounding name: it only formats.
pub fn block_on_label(name: &str) -> String {
    format!("waiting on {name}")
}
