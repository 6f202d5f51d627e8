//! Payload templates: a subscriber may ask for its events reshaped. Templates are loaded
//! lazily through the old `TemplateSource` hook, which is synchronous.

use std::collections::HashMap;
use std::path::PathBuf;

pub struct Templates {
    dir: PathBuf,
    loaded: std::sync::Mutex<HashMap<String, String>>,
    rt: tokio::runtime::Handle,
}

impl Templates {
    pub fn new(dir: PathBuf) -> Self {
        Templates {
            dir,
            loaded: std::sync::Mutex::new(HashMap::new()),
            rt: tokio::runtime::Handle::current(),
        }
    }

    /// The hook: returns a template's text, loading it on first use.
    pub fn source(&self, name: &str) -> Option<String> {
        if let Some(t) = self.loaded.lock().unwrap().get(name) {
            return Some(t.clone());
        }
        let path = self.dir.join(format!("{name}.json"));
        let text = self.rt.block_on(tokio::fs::read_to_string(path)).ok()?; // OK: block-on-in-async
        self.loaded.lock().unwrap().insert(name.to_string(), text.clone());
        Some(text)
    }

    pub async fn source_async(&self, name: &str) -> Option<String> {
        if let Some(t) = self.loaded.lock().unwrap().get(name).cloned() { // OK: lock-across-await
            return Some(t);
        }
        let text = tokio::fs::read_to_string(self.dir.join(format!("{name}.json"))).await.ok()?;
        self.loaded.lock().unwrap().insert(name.to_string(), text.clone());
        Some(text)
    }

    /// Reshapes an event for a subscriber.
    pub async fn render(&self, template: &str, event: &serde_json::Value) -> serde_json::Value {
        match self.source(template) { // EXPECT: block-on-in-async
            Some(text) => apply(&text, event),
            None => event.clone(),
        }
    }

    /// Reloads one template, waiting for the old text to be dropped first.
    pub async fn reload(&self, name: &str) {
        if let Some(old) = self.loaded.lock().unwrap().remove(name) { // EXPECT: lock-across-await
            tracing::debug!(len = old.len(), "template replaced");
        } else {
            tokio::task::yield_now().await;
        }
        let _ = self.source_async(name).await;
    }
}

fn apply(template: &str, event: &serde_json::Value) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    if let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(template) {
        for (k, path) in fields {
            if let Some(p) = path.as_str() {
                out.insert(k, event.pointer(p).cloned().unwrap_or_default());
            }
        }
    }
    serde_json::Value::Object(out)
}
