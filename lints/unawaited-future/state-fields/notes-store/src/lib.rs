//! The notes store: a library the API crate uses.

pub struct Store {
    pending: tokio::sync::Mutex<Vec<String>>,
}

impl Store {
    pub fn new() -> Store {
        Store {
            pending: tokio::sync::Mutex::new(Vec::new()),
        }
    }

    pub async fn flush(&self) -> std::io::Result<()> {
        self.pending.lock().await.clear();
        Ok(())
    }

    pub fn len(&self) -> usize {
        0
    }
}

pub async fn compact(store: &Store) -> std::io::Result<()> {
    store.flush().await
}
