//! The handler registry: which job kinds this worker runs and how, shared by every worker task
//! and updated live when plugins are (re)loaded.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{Mutex, RwLock};
use tracing::info;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandlerKind {
    Async,
    LegacySync { plugin: String },
}

#[derive(Default)]
pub struct Registry {
    handlers: RwLock<HashMap<String, HandlerKind>>,
    paused: Mutex<Vec<String>>,
    generation: std::sync::atomic::AtomicU64,
}

impl Registry {
    pub fn new() -> Arc<Registry> {
        Arc::new(Registry::default())
    }

    pub async fn lookup(&self, kind: &str) -> Option<HandlerKind> {
        self.handlers.read().await.get(kind).cloned()
    }

    /// Registers the built-in async handlers at start-up.
    pub async fn register_builtin(&self, kinds: &[&str]) {
        let mut handlers = self.handlers.blocking_write(); // EXPECT: block-on-in-async // OK: lock-across-await
        for kind in kinds {
            handlers.insert((*kind).to_owned(), HandlerKind::Async);
        }
        info!(count = kinds.len(), "built-in handlers registered");
    }

    /// Registers a plugin's kinds; called by the plugin loader thread.
    pub fn register_plugin(&self, plugin: &str, kinds: &[String]) {
        let mut handlers = self.handlers.blocking_write(); // OK: block-on-in-async
        for kind in kinds {
            handlers.insert(kind.clone(), HandlerKind::LegacySync { plugin: plugin.to_owned() });
        }
        self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// A snapshot for the admin listing; sync because the CLI formatter is sync.
    pub fn snapshot(&self) -> Vec<(String, HandlerKind)> {
        self.handlers.blocking_read().iter().map(|(k, v)| (k.clone(), v.clone())).collect() // OK: block-on-in-async
    }

    pub fn is_paused_now(&self, kind: &str) -> bool {
        self.paused.blocking_lock().iter().any(|k| k == kind) // OK: block-on-in-async
    }

    pub async fn pause(&self, kind: &str) {
        let mut paused = self.paused.lock().await; // OK: lock-across-await, block-on-in-async
        if !paused.iter().any(|k| k == kind) {
            paused.push(kind.to_owned());
        }
    }

    pub async fn is_paused(&self, kind: &str) -> bool {
        match self.paused.try_lock() { // OK: block-on-in-async
            Ok(paused) => paused.iter().any(|k| k == kind),
            Err(_) => self.paused.lock().await.iter().any(|k| k == kind),
        }
    }

    pub async fn describe(&self) -> String {
        let rows = self.snapshot(); // EXPECT: block-on-in-async // OK: blocking-in-async
        rows.iter().map(|(k, v)| format!("{k}: {v:?}")).collect::<Vec<_>>().join("\n") // OK: blocking-in-async
    }

    pub async fn describe_offloaded(self: Arc<Self>) -> anyhow::Result<String> {
        let rows = tokio::task::spawn_blocking(move || self.snapshot()).await?; // OK: block-on-in-async
        Ok(rows.len().to_string())
    }
}
