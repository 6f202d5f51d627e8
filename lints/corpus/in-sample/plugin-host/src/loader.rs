//! Finds and loads plugins from the plugin directory. A plugin's constructor may call back
//! into the host (to read its saved state), and loading reads manifests from disk, so loading
//! belongs on a blocking thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bridge::HostApi;
use crate::bus::Event;

#[derive(serde::Deserialize)]
struct Manifest {
    name: String,
    library: String,
    #[serde(default)]
    topics: Vec<String>,
}

pub struct LoadedPlugin {
    pub name: String,
    pub topics: Vec<String>,
    library: libloading::Library,
    saved_state: Option<String>,
}

type EventHook = unsafe extern "C" fn(*const u8, usize);

impl LoadedPlugin {
    pub fn wants(&self, event: &Event) -> bool {
        self.topics.iter().any(|topic| event.topic.starts_with(topic.as_str()))
    }

    /// Runs the plugin's event hook on the calling thread; the hook may call the bridge.
    pub fn on_event(&self, api: &HostApi, event: &Event) {
        let payload = event.payload.to_string();
        unsafe {
            if let Ok(hook) = self.library.get::<EventHook>(b"on_event\0") {
                hook(payload.as_ptr(), payload.len());
            }
        }
        api.kv_put(&format!("plugin/{}/last-event", self.name), &event.topic);
    }

    pub fn call(&self, api: &HostApi, method: &str) -> String {
        let state = self.saved_state.clone().or_else(|| api.kv_get(&format!("plugin/{}/state", self.name)));
        format!("{}::{method} ({})", self.name, state.unwrap_or_default())
    }
}

pub fn load_all(dir: &Path, api: &HostApi) -> Vec<LoadedPlugin> {
    let mut plugins = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { // OK: blocking-in-async
        return plugins;
    };
    for entry in entries.flatten() {
        match load_one(&entry.path(), api) {
            Ok(plugin) => plugins.push(plugin),
            Err(e) => tracing::warn!(path = %entry.path().display(), error = %e, "plugin not loaded"),
        }
    }
    plugins
}

fn load_one(dir: &Path, api: &HostApi) -> Result<LoadedPlugin, String> {
    let text = std::fs::read_to_string(dir.join("plugin.json")).map_err(|e| e.to_string())?; // OK: blocking-in-async
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let library = unsafe { libloading::Library::new(dir.join(&manifest.library)) }.map_err(|e| e.to_string())?;
    let saved_state = api.kv_get(&format!("plugin/{}/state", manifest.name));
    Ok(LoadedPlugin { name: manifest.name, topics: manifest.topics, library, saved_state })
}

/// Startup: every plugin, loaded on the blocking pool.
pub async fn load_in_background(dir: PathBuf, api: Arc<HostApi>) -> Vec<LoadedPlugin> {
    tokio::task::spawn_blocking(move || load_all(&dir, &api)).await.unwrap_or_default() // OK: block-on-in-async, blocking-in-async
}

/// Hot reload of one plugin from the admin API.
pub async fn reload_one(dir: PathBuf, api: Arc<HostApi>) -> Result<LoadedPlugin, String> {
    tracing::info!(dir = %dir.display(), "reloading plugin");
    load_one(&dir, &api) // EXPECT: block-on-in-async [mentions: kv_get], blocking-in-async
}

/// Hot reload done right: the same loader, on a blocking thread.
pub async fn reload_one_offloaded(dir: PathBuf, api: Arc<HostApi>) -> Result<LoadedPlugin, String> {
    let load = move || load_one(&dir, &api);
    tokio::task::spawn_blocking(load).await.map_err(|e| e.to_string())? // OK: block-on-in-async, blocking-in-async
}
