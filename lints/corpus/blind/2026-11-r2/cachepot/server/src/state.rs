//! What every handler shares.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::RwLock;

use tokio::sync::mpsc;

use crate::auth::TokenSet;
use crate::journal::Journal;

#[derive(Debug, Clone)]
pub struct IndexEntry {
    pub size: u64,
    pub hits: u64,
    pub last_access: u64,
}

pub struct AppState {
    pub root: PathBuf,
    pub db: sqlx::SqlitePool,
    pub index: RwLock<HashMap<String, IndexEntry>>,
    pub journal: Journal,
    pub upstream: Option<cachepot_client::CacheClient>,
    pub evict_tx: mpsc::Sender<String>,
    pub tokens: tokio::sync::RwLock<TokenSet>,
    pub upload_slots: tokio::sync::Semaphore,
    pub rt: tokio::runtime::Handle,
}

impl AppState {
    pub fn new(
        root: PathBuf,
        db: sqlx::SqlitePool,
        journal: Journal,
        upstream: Option<cachepot_client::CacheClient>,
        evict_tx: mpsc::Sender<String>,
        tokens: TokenSet,
    ) -> Self {
        AppState {
            root,
            db,
            index: RwLock::new(HashMap::new()),
            journal,
            upstream,
            evict_tx,
            tokens: tokio::sync::RwLock::new(tokens),
            upload_slots: tokio::sync::Semaphore::new(32),
            rt: tokio::runtime::Handle::current(),
        }
    }

    pub fn object_path(&self, key: &str) -> PathBuf {
        self.root.join("objects").join(&key[..2.min(key.len())]).join(key)
    }
}
