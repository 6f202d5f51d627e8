//! Guards bound to a local: held across a later `.await` of the same block unless dropped
//! first. tokio's locks are made to be held across awaits.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

struct Store;

impl Store {
    async fn save(&self, _id: u64) -> Result<(), String> {
        Ok(())
    }
}

struct Sessions {
    sessions: Mutex<HashMap<u64, u32>>,
    routes: RwLock<Vec<String>>,
    fast: parking_lot::Mutex<u32>,
    queue: tokio::sync::Mutex<Vec<u64>>,
    store: Store,
}

impl Sessions {
    async fn touch(&self, id: u64) -> Result<(), String> {
        let mut sessions = self.sessions.lock().unwrap(); // EXPECT: lock-across-await
        *sessions.entry(id).or_default() += 1;
        self.store.save(id).await?;
        Ok(())
    }

    async fn held_in_nested_branch(&self, id: u64) {
        let routes = self // EXPECT: lock-across-await
            .routes
            .read()
            .expect("routes poisoned");
        if routes.is_empty() {
            for _ in 0..3 {
                let _ = self.store.save(id).await;
            }
        }
    }

    async fn parking_lot_guard(&self, id: u64) {
        let _count = self.fast.lock(); // EXPECT: lock-across-await
        let _ = self.store.save(id).await;
    }

    async fn poison_tolerant(&self, id: u64) {
        let sessions = self.sessions.lock().unwrap_or_else(PoisonError::into_inner); // EXPECT: lock-across-await
        let known = sessions.contains_key(&id);
        let _ = self.store.save(u64::from(known)).await;
    }

    async fn mapped_error(&self, id: u64) -> Result<(), String> {
        let sessions = self.sessions.lock().map_err(|e| e.to_string())?; // EXPECT: lock-across-await
        let count = sessions.len() as u64;
        self.store.save(id + count).await
    }

    async fn optional_guard(&self, id: u64) -> Option<()> {
        let routes = self.routes.read().ok()?; // EXPECT: lock-across-await
        self.store.save(id + routes.len() as u64).await.ok()
    }

    async fn two_guards_at_once(&self, id: u64) {
        let (sessions, fast) = (self.sessions.lock().unwrap(), self.fast.lock()); // EXPECT: lock-across-await, lock-across-await
        let _ = self.store.save(id + sessions.len() as u64 + u64::from(*fast)).await;
    }

    async fn moved_into_a_helper(&self, id: u64) -> Result<(), String> {
        let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
        let active = count_active(sessions);
        self.store.save(id + active).await
    }

    async fn scoped_block(&self, id: u64) -> Result<(), String> {
        {
            let mut sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
            sessions.insert(id, 0);
        }
        self.store.save(id).await
    }

    async fn dropped_first(&self, id: u64) -> Result<(), String> {
        let mut routes = self.routes.write().unwrap(); // OK: lock-across-await
        routes.push(id.to_string());
        drop(routes);
        self.store.save(id).await
    }

    async fn copied_out(&self, id: u64) -> Result<(), String> {
        let count = self.sessions.lock().unwrap().len(); // OK: lock-across-await
        self.store.save(id + count as u64).await
    }

    async fn tokio_lock(&self, id: u64) -> Result<(), String> {
        let mut queue = self.queue.lock().await; // OK: lock-across-await
        queue.push(id);
        self.store.save(id).await
    }

    async fn discarded_at_once(&self, id: u64) -> Result<(), String> {
        let _ = self.sessions.lock(); // OK: lock-across-await
        self.store.save(id).await
    }

    async fn no_await_after(&self, id: u64) -> usize {
        self.store.save(id).await.ok();
        let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
        sessions.len()
    }

    fn sync_fn(&self) -> usize {
        let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
        sessions.len()
    }

    async fn in_closures(self: Arc<Self>, ids: Vec<u64>) -> usize {
        let this = self.clone();
        let total = tokio::task::spawn_blocking(move || {
            let sessions = this.sessions.lock().unwrap(); // OK: lock-across-await
            sessions.len()
        })
        .await
        .unwrap_or(0);
        let known = ids
            .iter()
            .filter(|id| self.sessions.lock().unwrap().contains_key(id)) // OK: lock-across-await
            .count();
        let _ = self.store.save(0).await;
        total + known
    }

    async fn io_read_is_not_a_lock(&self, file: &mut tokio::fs::File, buf: &mut [u8]) -> usize {
        use tokio::io::AsyncReadExt;
        let n = file.read(buf).await.unwrap_or(0);
        let _ = self.store.save(n as u64).await;
        n
    }

    async fn async_block_without_await(&self, id: u64) -> u32 {
        let read = async {
            let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
            sessions.get(&id).copied().unwrap_or(0)
        };
        read.await
    }
}

/// Takes the guard by value: it is released when this returns.
fn count_active(sessions: std::sync::MutexGuard<'_, HashMap<u64, u32>>) -> u64 {
    sessions.values().filter(|&&hits| hits > 0).count() as u64
}

fn main() {}
