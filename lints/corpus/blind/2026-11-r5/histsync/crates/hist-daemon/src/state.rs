//! The state every handler shares.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use hist_core::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Store>,
    pub key: Arc<Vec<u8>>,
    pub hits: Arc<Mutex<HashMap<String, u64>>>,
    pub pending: Arc<tokio::sync::Mutex<Vec<hist_core::Entry>>>,
}

impl AppState {
    pub fn new(store: Arc<Store>, key: Vec<u8>) -> AppState {
        AppState {
            store,
            key: Arc::new(key),
            hits: Arc::new(Mutex::new(HashMap::new())),
            pending: Arc::new(tokio::sync::Mutex::new(Vec::new())),
        }
    }

    /// The queue of entries not yet written.
    pub fn lock(&self) -> &tokio::sync::Mutex<Vec<hist_core::Entry>> {
        &self.pending
    }
}
