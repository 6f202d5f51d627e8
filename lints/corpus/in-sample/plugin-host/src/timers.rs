//! Timers plugins ask for ("call me back in 30 s", "every 5 min"), and the host's own
//! housekeeping. Each timer is a task; the ones that must not outlive the host are tracked.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, watch};
use tokio::task::{AbortHandle, JoinHandle};
use tokio_util::sync::CancellationToken;

use crate::bus::Event;
use crate::kv::KvStore;
use crate::sandbox::Sandbox;

pub struct Timers {
    runtime: Handle,
    repeating: Mutex<HashMap<u64, AbortHandle>>,
    next_id: std::sync::atomic::AtomicU64,
    shutdown: CancellationToken,
}

impl Timers {
    pub fn new(runtime: Handle, shutdown: CancellationToken) -> Self {
        Self { runtime, repeating: Mutex::new(HashMap::new()), next_id: Default::default(), shutdown }
    }

    /// A one-shot callback: the event is delivered once, after `delay`. Called from plugin
    /// threads, hence the runtime handle.
    pub fn after(&self, delay: Duration, sandbox: Arc<Sandbox>, event: Event) {
        self.runtime.spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            tokio::time::sleep(delay).await;
            if !sandbox.deliver(event).await {
                tracing::debug!(plugin = %sandbox.name, "timer fired after the plugin stopped");
            }
        });
    }

    /// A repeating callback, cancelled with `cancel(id)`.
    pub fn every(&self, period: Duration, sandbox: Arc<Sandbox>, event: Event) -> u64 {
        let id = self.next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let task = self.runtime.spawn(async move { // OK: untracked-spawn, detached-spawn
            let mut tick = tokio::time::interval(period);
            loop {
                tick.tick().await;
                sandbox.deliver(event.clone()).await;
            }
        });
        self.repeating.lock().unwrap().insert(id, task.abort_handle()); // OK: blocking-in-async
        id
    }

    pub fn cancel(&self, id: u64) -> bool {
        match self.repeating.lock().unwrap().remove(&id) { // OK: blocking-in-async
            Some(task) => {
                task.abort();
                true
            }
            None => false,
        }
    }

    /// A repeating callback started by the old plugin ABI, which has no cancel call.
    pub fn every_forever(&self, period: Duration, sandbox: Arc<Sandbox>, event: Event) {
        self.runtime.spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
            let mut tick = tokio::time::interval(period);
            loop {
                tick.tick().await;
                sandbox.deliver(event.clone()).await;
            }
        });
    }

    /// The same, stopped by host shutdown.
    pub fn every_until_shutdown(&self, period: Duration, sandbox: Arc<Sandbox>, event: Event) {
        let shutdown = self.shutdown.clone();
        self.runtime.spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut tick = tokio::time::interval(period);
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tick.tick() => {
                        sandbox.deliver(event.clone()).await;
                    }
                }
            }
        });
    }

    /// Runs a plugin-supplied future (from the async plugin SDK) as a task of its own.
    pub fn run_plugin_future<F>(&self, work: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        self.runtime.spawn(work); // EXPECT: untracked-spawn // OK: detached-spawn
    }

    /// The same, for callers that want to wait for it.
    pub fn run_plugin_future_joinable<F>(&self, work: F) -> JoinHandle<()>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        self.runtime.spawn(work) // OK: untracked-spawn, detached-spawn
    }
}

/// Expires plugin keys whose TTL passed; ends when the TTL channel closes.
pub fn start_expiry(kv: Arc<KvStore>, mut expiring: mpsc::Receiver<(String, Duration)>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        while let Some((prefix, ttl)) = expiring.recv().await {
            let kv = kv.clone();
            tokio::spawn(async move { // EXPECT: untracked-spawn, unbounded-gather // OK: detached-spawn
                tokio::time::sleep(ttl).await;
                let removed = kv.remove_prefix(&prefix).await;
                tracing::debug!(%prefix, removed, "expired");
            });
        }
    });
}

/// Counts keys under a prefix after a delay and returns the count to nobody.
pub fn count_later(kv: Arc<KvStore>, prefix: String, delay: Duration) {
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: remove_prefix] // OK: untracked-spawn
        tokio::time::sleep(delay).await;
        kv.remove_prefix(&prefix).await
    });
}

/// Saves the store whenever the "dirty" flag flips, until the flag's sender goes away.
pub fn save_on_change(kv: Arc<KvStore>, mut dirty: watch::Receiver<bool>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        while dirty.changed().await.is_ok() {
            if *dirty.borrow_and_update() {
                if let Err(e) = kv.flush().await {
                    tracing::warn!(error = %e, "save on change failed");
                }
            }
        }
    });
}

/// Saves the store once, in the background; the byte count is for the debug log only.
pub fn save_soon(kv: Arc<KvStore>) {
    tokio::spawn(async move { kv.flush().await }); // EXPECT: detached-spawn [mentions: flush] // OK: untracked-spawn
}
