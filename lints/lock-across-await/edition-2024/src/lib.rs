//! Edition 2024 drops an `if let` scrutinee's temporaries before the `else` branch.

use std::collections::HashMap;
use std::sync::Mutex;

pub struct Cache {
    entries: Mutex<HashMap<String, String>>,
}

impl Cache {
    async fn fetch(&self, key: &str) -> String {
        key.to_string()
    }

    pub async fn get(&self, key: &str) -> String {
        if let Some(value) = self.entries.lock().unwrap().get(key) { // OK: lock-across-await
            value.clone()
        } else {
            self.fetch(key).await
        }
    }

    pub async fn refresh(&self, key: &str) {
        if let Some(value) = self.entries.lock().unwrap().get(key).cloned() { // EXPECT: lock-across-await
            let _ = self.fetch(&value).await;
        }
    }
}
