use std::collections::HashSet;
use std::sync::{Arc, Mutex, RwLock};

use stash_core::config::Config;
use stash_core::index::Index;
use stash_core::store::Store;
use tokio::sync::mpsc;

pub struct AppState {
    pub store: Store,
    pub index: RwLock<Index>,
    pub allow: Mutex<HashSet<String>>,
    pub pins: Arc<tokio::sync::Mutex<Vec<String>>>,
    pub uploads: mpsc::Sender<String>,
    pub cfg: Config,
}

impl AppState {
    pub fn new(store: Store, index: Index, uploads: mpsc::Sender<String>, cfg: Config) -> AppState {
        AppState {
            store,
            index: RwLock::new(index),
            allow: Mutex::new(HashSet::new()),
            pins: Arc::new(tokio::sync::Mutex::new(Vec::new())),
            uploads,
            cfg,
        }
    }

    pub fn set_allowlist(&self, hosts: Vec<String>) {
        *self.allow.lock().unwrap() = hosts.into_iter().collect();
    }

    pub fn is_allowed(&self, host: &str) -> bool {
        self.allow.lock().unwrap().contains(host)
    }
}
