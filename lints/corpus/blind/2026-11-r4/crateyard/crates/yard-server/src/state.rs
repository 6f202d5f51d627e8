//! What every route shares.

use std::sync::{Arc, Mutex, MutexGuard};

use yard_blocking::Settings;
use yard_core::{Index, Store};

#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub hits: u64,
    pub misses: u64,
    pub bytes_out: u64,
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Store>,
    pub index: Arc<Mutex<Index>>,
    pub stats: Arc<Mutex<Stats>>,
    pub settings: Arc<tokio::sync::RwLock<Settings>>,
    pub peers: Vec<String>,
}

impl AppState {
    /// The index, for a short synchronous look.
    pub fn index(&self) -> MutexGuard<'_, Index> {
        self.index.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The settings lock itself; callers await it.
    pub fn settings(&self) -> &tokio::sync::RwLock<Settings> {
        &self.settings
    }
}
