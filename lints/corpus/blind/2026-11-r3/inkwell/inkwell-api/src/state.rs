use std::collections::HashMap;
use std::sync::Arc;

use inkwell_render::Templates;
use tokio::sync::mpsc;

use crate::store::Store;

pub struct AppState {
    pub store: Store,
    pub templates: Templates,
    pub hits: parking_lot::Mutex<HashMap<String, u64>>,
    pub drafts: std::sync::RwLock<HashMap<u64, String>>,
    pub outbox: mpsc::Sender<String>,
    pub outbox_rx: std::sync::Mutex<Option<mpsc::Receiver<String>>>,
}

impl AppState {
    pub fn new(store: Store, templates: Templates) -> AppState {
        let (outbox, rx) = mpsc::channel(128);
        AppState {
            store,
            templates,
            hits: parking_lot::Mutex::new(HashMap::new()),
            drafts: std::sync::RwLock::new(HashMap::new()),
            outbox,
            outbox_rx: std::sync::Mutex::new(Some(rx)),
        }
    }

    /// The template table, for handlers that render.
    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    /// Current render of a page, bridging from sync template callbacks.
    pub fn render_page(&self, name: &str) -> String {
        inkwell_render::render(&self.templates, name, &HashMap::new())
    }
}

impl inkwell_render::Lookup for Store {
    fn fetch(&self, key: &str) -> futures::future::BoxFuture<'_, Option<String>> {
        let key = key.to_string();
        Box::pin(async move { self.get_post(&key).await.ok().flatten() })
    }
}

pub type Shared = Arc<AppState>;
