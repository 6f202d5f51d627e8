//! What the handlers share.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use search_store::{Db, Index};
use tokio::sync::{mpsc, oneshot};

pub enum IndexRequest {
    Count { term: String, reply: oneshot::Sender<usize> },
    Commit { reply: oneshot::Sender<anyhow::Result<()>> },
}

#[derive(Clone)]
pub struct AppState {
    pub db: Arc<Db>,
    pub index: Arc<Index>,
    pub requests: mpsc::Sender<IndexRequest>,
    pub shards: Arc<Vec<String>>,
    pub recent: Arc<Mutex<HashMap<String, u32>>>,
    pub limiter: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    pub fn new(db: Arc<Db>, index: Arc<Index>, requests: mpsc::Sender<IndexRequest>) -> AppState {
        AppState {
            db,
            index,
            requests,
            shards: Arc::new(Vec::new()),
            recent: Arc::new(Mutex::new(HashMap::new())),
            limiter: Arc::new(tokio::sync::Semaphore::new(16)),
        }
    }

    pub fn with_shards(mut self, shards: Vec<String>) -> AppState {
        self.shards = Arc::new(shards);
        self
    }
}
