//! The daemon's shared state: the store handle, per-peer cursors, and the persistence queue.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use tokio::sync::mpsc;

use crate::config::{Config, PeerConfig};
use crate::operator::Operator;
use crate::persist;
use crate::store::{Entry, State, StoreHandle};

pub struct Daemon {
    pub cfg: Config,
    pub store: StoreHandle,
    persist_tx: mpsc::Sender<State>,
    cursors: Mutex<HashMap<String, u64>>,
    last_sync: Mutex<HashMap<String, Instant>>,
    dirty: Mutex<Vec<String>>,
    operator: Operator,
}

impl Daemon {
    pub fn new(cfg: Config, store: StoreHandle, persist_tx: mpsc::Sender<State>) -> Self {
        let operator = Operator::new(cfg.operator_url.clone().unwrap_or_else(|| "http://127.0.0.1:7010".into()));
        Daemon {
            cfg,
            store,
            persist_tx,
            cursors: Mutex::new(HashMap::new()),
            last_sync: Mutex::new(HashMap::new()),
            dirty: Mutex::new(Vec::new()),
            operator,
        }
    }

    pub fn cursor(&self, peer: &str) -> u64 {
        self.cursors.lock().unwrap().get(peer).copied().unwrap_or(0)
    }

    /// Applies one remote entry; asks the operator when both sides changed.
    pub async fn apply_remote(&self, peer: &PeerConfig, key: String, remote: Entry) -> anyhow::Result<()> {
        let winner = match self.store.get(&key).await {
            Some(local) if local.version == remote.version && local.value != remote.value => {
                self.operator.decide_blocking(&key, &local, &remote) // EXPECT: block-on-in-async
            }
            _ => remote,
        };
        self.store.put(key.clone(), winner).await;
        self.dirty.lock().unwrap().push(key); // OK: lock-across-await
        self.last_sync.lock().unwrap().insert(peer.name.clone(), Instant::now());
        self.schedule_persist().await;
        Ok(())
    }

    /// Marks the peer's cursor, then asks the store for a snapshot to persist.
    pub async fn advance_cursor(&self, peer: &str, to: u64) {
        let mut cursors = self.cursors.lock().unwrap(); // EXPECT: lock-across-await
        let entry = cursors.entry(peer.to_string()).or_insert(0);
        if to > *entry {
            *entry = to;
            self.schedule_persist().await;
        }
    }

    /// Same as `advance_cursor`, but the guard is gone before the await.
    pub async fn advance_cursor_then_persist(&self, peer: &str, to: u64) {
        let changed = {
            let mut cursors = self.cursors.lock().unwrap(); // OK: lock-across-await
            let entry = cursors.entry(peer.to_string()).or_insert(0);
            let changed = to > *entry;
            *entry = to.max(*entry);
            changed
        };
        if changed {
            self.schedule_persist().await;
        }
    }

    pub async fn schedule_persist(&self) {
        let state = self.store.snapshot().await;
        if self.persist_tx.try_send(state).is_err() {
            tracing::debug!("persister busy; the next request will carry this change");
        }
    }

    pub async fn flush_now(&self) -> anyhow::Result<()> {
        let state = self.store.snapshot().await;
        persist::write_now(&self.cfg.state_file, &state).await?;
        let keys = self.dirty.lock().unwrap().len(); // OK: lock-across-await
        persist::journal(&self.cfg.state_file, &format!("flush {keys}")).await?;
        self.dirty.lock().unwrap().clear();
        Ok(())
    }

    /// Drops tombstoned keys and rewrites the state file.
    pub async fn compact(&self) -> anyhow::Result<()> {
        let state = self.store.snapshot().await;
        for (key, entry) in state.iter().filter(|(_, e)| e.value.is_empty()) {
            tracing::debug!(%key, version = entry.version, "dropping tombstone");
            self.store.remove(key).await;
        }
        let state = self.store.snapshot().await;
        persist::write_snapshot(&self.cfg.state_file, &state)?; // EXPECT: blocking-in-async
        Ok(())
    }

    /// The keys changed since the last persist, drained in order for the journal.
    pub async fn journal_dirty(&self) -> anyhow::Result<()> {
        for key in self.dirty.lock().unwrap().drain(..) { // EXPECT: lock-across-await
            persist::journal(&self.cfg.state_file, &format!("dirty {key}")).await?;
        }
        Ok(())
    }

    pub async fn journal_dirty_snapshot(&self) -> anyhow::Result<()> {
        let keys = std::mem::take(&mut *self.dirty.lock().unwrap()); // OK: lock-across-await
        for key in keys {
            persist::journal(&self.cfg.state_file, &format!("dirty {key}")).await?;
        }
        Ok(())
    }

    pub async fn resync_or_skip(&self, peer: &PeerConfig) -> anyhow::Result<()> {
        if let Some(at) = self.last_sync.lock().unwrap().get(&peer.name).copied() { // EXPECT: lock-across-await
            tracing::debug!(peer = %peer.name, "synced {:?} ago", at.elapsed());
            Ok(())
        } else {
            crate::peer::pull_once(self, peer).await
        }
    }
}

/// Marks a peer as syncing for the length of a pull; persists on the way out, whatever happened.
pub struct SyncGuard<'a> {
    pub daemon: &'a Daemon,
    pub peer: String,
}

impl Drop for SyncGuard<'_> {
    fn drop(&mut self) {
        tracing::debug!(peer = %self.peer, "sync finished");
        self.daemon.schedule_persist(); // EXPECT: unawaited-future
    }
}

/// Per-thread scratch for the IPC formatter; never crosses an await.
thread_local! {
    static SCRATCH: RefCell<String> = RefCell::new(String::new());
}

pub fn format_entry(key: &str, entry: &Entry) -> String {
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut(); // OK: lock-across-await
        s.clear();
        s.push_str(key);
        s.push('=');
        s.push_str(&entry.value);
        s.clone()
    })
}
