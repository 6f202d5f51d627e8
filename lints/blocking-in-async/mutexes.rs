//! Locking a std Mutex briefly is fine in async code (tokio recommends it for short critical
//! sections); awaiting a tokio Mutex is fine too. Neither is a blocking call for this rule.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

struct Sessions {
    by_id: Mutex<HashMap<u64, String>>,
    audit: tokio::sync::Mutex<Vec<String>>,
}

impl Sessions {
    async fn touch(&self, id: u64) {
        let name = self.by_id.lock().unwrap().get(&id).cloned(); // OK: blocking-in-async
        let mut audit = self.audit.lock().await; // OK: blocking-in-async
        audit.push(name.unwrap_or_default());
    }
}

async fn count(shared: Arc<Mutex<u64>>) -> u64 {
    let mut guard = shared.lock().unwrap(); // OK: blocking-in-async
    *guard += 1;
    *guard
}

async fn read_config(shared: Arc<tokio::sync::RwLock<String>>) -> String {
    shared.read().await.clone() // OK: blocking-in-async
}

fn main() {}
