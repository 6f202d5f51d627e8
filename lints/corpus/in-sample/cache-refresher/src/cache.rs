//! The flag cache itself: a map behind a tokio RwLock, plus hit counters behind a std Mutex
//! (held only for an increment, never across an await).

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::RwLock;

#[derive(Default)]
pub struct FlagCache {
    flags: RwLock<HashMap<String, bool>>,
    hits: Mutex<HashMap<String, u64>>,
}

impl FlagCache {
    pub async fn get(&self, name: &str) -> Option<bool> {
        *self.hits.lock().unwrap().entry(name.to_string()).or_default() += 1; // OK: blocking-in-async
        self.flags.read().await.get(name).copied() // OK: blocking-in-async
    }

    pub async fn replace(&self, flags: HashMap<String, bool>) {
        *self.flags.write().await = flags;
    }

    pub async fn merge_json(&self, json: &str) {
        let parsed: HashMap<String, bool> = serde_json::from_str(json).unwrap_or_default();
        self.flags.write().await.extend(parsed);
    }

    pub async fn purge(&self) {
        self.flags.write().await.clear();
        self.hits.lock().unwrap().clear();
    }

    pub async fn snapshot(&self) -> HashMap<String, bool> {
        self.flags.read().await.clone()
    }

    pub fn hit_counts(&self) -> Vec<(String, u64)> {
        let hits = self.hits.lock().unwrap();
        hits.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}
