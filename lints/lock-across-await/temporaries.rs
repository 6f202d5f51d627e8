//! Temporary guards live to the end of their statement: an `.await` later in the statement
//! holds them. An `if` condition drops its temporaries before the block runs. (Edition 2021:
//! an `if let` scrutinee's guard is still held in the `else` branch.)

use std::collections::HashMap;
use std::sync::{Mutex, RwLock};

use tokio::sync::mpsc::Sender;

struct Hub {
    state: Mutex<Vec<String>>,
    peers: RwLock<Vec<Sender<String>>>,
    cache: Mutex<HashMap<String, String>>,
    tx: Sender<Vec<String>>,
}

impl Hub {
    async fn fetch(&self, key: &str) -> String {
        key.to_string()
    }

    async fn publish(&self) {
        let _ = self.tx.send(self.state.lock().unwrap().clone()).await; // EXPECT: lock-across-await
    }

    async fn broadcast(&self, message: String) {
        for peer in self.peers.read().unwrap().iter() { // EXPECT: lock-across-await
            let _ = peer.send(message.clone()).await;
        }
    }

    async fn lookup(&self, key: &str) -> String {
        match self.cache.lock().unwrap().get(key) { // EXPECT: lock-across-await
            Some(value) => value.clone(),
            None => self.fetch(key).await,
        }
    }

    async fn refresh(&self, key: &str) {
        if let Some(value) = self.cache.lock().unwrap().get(key).cloned() { // EXPECT: lock-across-await
            let _ = self.fetch(&value).await;
        }
    }

    async fn else_branch_in_2021(&self, key: &str) -> String {
        if let Some(value) = self.cache.lock().unwrap().get(key) { // EXPECT: lock-across-await
            value.clone()
        } else {
            self.fetch(key).await
        }
    }

    async fn condition_only(&self, key: &str) {
        if self.state.lock().unwrap().is_empty() { // OK: lock-across-await
            let _ = self.fetch(key).await;
        }
        while self.cache.lock().unwrap().len() > 100 { // OK: lock-across-await
            let _ = self.fetch(key).await;
        }
    }

    async fn awaited_before_the_lock(&self, key: &str) {
        let fetched = self.fetch(key).await;
        self.cache.lock().unwrap().insert(key.to_string(), fetched); // OK: lock-across-await
    }

    async fn drain(&self) {
        while let Some(item) = self.state.lock().unwrap().pop() { // EXPECT: lock-across-await
            let _ = self.fetch(&item).await;
        }
    }

    async fn value_matched_in_a_let(&self, key: &str) -> String {
        let cached = match self.cache.lock().unwrap().get(key) { // OK: lock-across-await
            Some(value) => value.clone(),
            None => String::new(),
        };
        self.fetch(&cached).await
    }

    async fn awaited_in_a_spawned_task(self: std::sync::Arc<Self>) {
        let total = self.state.lock().unwrap().len(); // OK: lock-across-await
        let this = self.clone();
        let task = tokio::spawn(async move { this.fetch("late").await });
        let _ = (task.await, total);
    }

    async fn snapshot_then_send(&self) {
        let snapshot = self.state.lock().unwrap().clone(); // OK: lock-across-await
        let _ = self.tx.send(snapshot).await;
    }
}

fn main() {}
