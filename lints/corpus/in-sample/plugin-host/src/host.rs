//! The async side of the host: starts the sandboxes, routes bus events to the plugins that
//! subscribed, and serves the admin API. Plugins are sync and slow, so every call into one goes
//! through its sandbox thread or the blocking pool.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::sync::{mpsc, RwLock};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::bridge::{self, HostApi};
use crate::bus::{Bus, Event};
use crate::config::{self, HostConfig};
use crate::kv::{self, KvStore};
use crate::loader::{self, LoadedPlugin};
use crate::sandbox::Sandbox;

pub struct PluginHost {
    api: Arc<HostApi>,
    kv: Arc<KvStore>,
    bus: Arc<Bus>,
    config: Arc<RwLock<HostConfig>>,
    sandboxes: RwLock<HashMap<String, Arc<Sandbox>>>,
    tracker: TaskTracker,
    shutdown: CancellationToken,
}

impl PluginHost {
    pub async fn start(config_path: PathBuf) -> Result<Arc<Self>, String> {
        let config = config::load(&config_path).await?;
        let kv = Arc::new(KvStore::new(config.plugin_dir.join("state.json")));
        let (events, from_plugins) = mpsc::channel(256);
        let shared_config = Arc::new(RwLock::new(config.clone()));
        let api = Arc::new(HostApi::new(Handle::current(), kv.clone(), events, shared_config.clone()));
        let bus = Arc::new(Bus::new());
        bus.start_relay(from_plugins);
        let host = Arc::new(Self {
            api: api.clone(),
            kv: kv.clone(),
            bus,
            config: shared_config,
            sandboxes: RwLock::new(HashMap::new()),
            tracker: TaskTracker::new(),
            shutdown: CancellationToken::new(),
        });
        let flush = Duration::from_secs(config.flush_secs.max(1));
        host.tracker.spawn(kv::flush_periodically(kv.clone(), flush, host.shutdown.clone())); // OK: untracked-spawn, detached-spawn
        tokio::spawn(kv::backup_hourly(kv, config.plugin_dir.join("backups"))); // EXPECT: detached-spawn [mentions: backup_hourly] // OK: untracked-spawn
        for plugin in loader::load_in_background(config.plugin_dir.clone(), api.clone()).await {
            host.install(plugin).await;
        }
        let router = host.clone();
        tokio::spawn(async move { router.route_events().await }); // EXPECT: untracked-spawn // OK: detached-spawn
        Ok(host)
    }

    async fn install(&self, plugin: LoadedPlugin) {
        let name = plugin.name.clone();
        match Sandbox::start(Arc::new(plugin), self.api.clone()) {
            Ok(sandbox) => {
                self.sandboxes.write().await.insert(name, Arc::new(sandbox));
            }
            Err(e) => tracing::error!(plugin = %name, error = %e, "sandbox thread did not start"),
        }
    }

    /// Routes every bus event to the sandboxes until shutdown.
    async fn route_events(&self) {
        let mut events = self.bus.subscribe();
        loop {
            let event = tokio::select! {
                _ = self.shutdown.cancelled() => break,
                received = events.recv() => match received {
                    Ok(event) => event,
                    Err(_) => break,
                },
            };
            for sandbox in self.sandboxes.read().await.values() {
                sandbox.deliver(event.clone()).await;
            }
        }
    }

    // ------------------------------------------------------------------ admin API

    /// `GET /plugins/{name}/settings/{key}`.
    pub async fn plugin_setting(&self, name: &str, key: &str) -> Option<String> {
        self.api.kv_get(&format!("plugin/{name}/{key}")) // EXPECT: block-on-in-async [mentions: block_on]
    }

    /// `PUT /plugins/{name}/settings/{key}`.
    pub async fn set_plugin_setting(&self, name: &str, key: &str, value: &str) {
        self.api.kv_put(&format!("plugin/{name}/{key}"), value); // EXPECT: block-on-in-async [mentions: block_on]
    }

    /// `PUT /plugins/{name}/settings/{key}`, the version that shipped in 0.4.1.
    pub async fn set_plugin_setting_v2(&self, name: &str, key: &str, value: &str) {
        self.kv.put(format!("plugin/{name}/{key}"), value.to_string()).await; // OK: block-on-in-async
    }

    /// `POST /events`: the admin can inject an event as if a plugin had emitted it.
    pub async fn inject_event(&self, topic: &str, payload: serde_json::Value) -> bool {
        self.api.emit(topic, payload) // EXPECT: block-on-in-async [mentions: blocking_send]
    }

    /// `GET /plugins/{name}`.
    pub async fn describe(&self, name: &str) -> String {
        bridge::describe_plugin(&self.api, name) // EXPECT: block-on-in-async [mentions: kv_get]
    }

    /// `GET /plugins/{name}`, offloaded.
    pub async fn describe_offloaded(&self, name: String) -> String {
        let api = self.api.clone();
        tokio::task::spawn_blocking(move || bridge::describe_plugin(&api, &name)) // OK: block-on-in-async
            .await
            .unwrap_or_default()
    }

    /// `GET /plugins`: enabled plugins and whether each one runs.
    pub async fn list(&self) -> Vec<(String, bool)> {
        let enabled = config::enabled_plugins(&self.config); // EXPECT: block-on-in-async [mentions: blocking_read]
        let running = self.sandboxes.read().await;
        enabled.into_iter().map(|name| { let up = running.contains_key(&name); (name, up) }).collect()
    }

    /// `GET /plugins/{name}/enabled`.
    pub async fn is_enabled(&self, name: &str) -> bool {
        config::is_enabled(&self.config, name) // EXPECT: block-on-in-async [mentions: enabled_plugins]
    }

    /// `GET /plugins/{name}/enabled`, reading the config the async way.
    pub async fn is_enabled_v2(&self, name: &str) -> bool {
        self.config.read().await.enabled.iter().any(|enabled| enabled == name) // OK: block-on-in-async
    }

    /// `POST /config/validate`: the admin UI checks a config file before reloading with it.
    pub async fn validate_config(&self, path: PathBuf) -> Result<(), String> {
        config::load_for_cli(&path).map(|_| ()) // EXPECT: block-on-in-async [mentions: pollster]
    }

    /// `POST /config/reload`.
    pub async fn reload_config(&self, path: PathBuf) -> Result<(), String> {
        let fresh = config::load(&path).await?;
        *self.config.blocking_write() = fresh; // EXPECT: block-on-in-async
        Ok(())
    }

    /// `POST /plugins/{name}/disable`.
    pub async fn disable(&self, name: &str) {
        self.config.write().await.enabled.retain(|enabled| enabled != name); // OK: block-on-in-async
        let removed = self.kv.remove_prefix(&format!("plugin/{name}/")).await;
        tracing::info!(plugin = %name, removed, "plugin disabled");
    }

    /// `GET /plugins/{name}/ping`: asks the plugin through its sandbox thread.
    pub async fn ping(&self, name: &str) -> Option<String> {
        let sandbox = self.sandboxes.read().await.get(name).cloned()?;
        sandbox.call("ping").await
    }

    /// `GET /stats`: counts come from the plugin-thread helpers, run in place.
    pub async fn stats(&self) -> (usize, usize) {
        let kv = self.kv.clone();
        let entries = tokio::task::block_in_place(|| kv.len_from_plugin_thread()); // OK: block-on-in-async
        let sandboxes = self.sandboxes.read().await.len();
        (entries, sandboxes)
    }

    /// `GET /stats/keys/{key}`: the answer the dashboard shows next to each key.
    pub async fn key_stats(&self, keys: Vec<String>) -> Vec<(String, bool)> {
        keys.iter()
            .map(|key| (key.clone(), self.kv.get_from_plugin_thread(key).is_some())) // EXPECT: block-on-in-async [mentions: blocking_read]
            .collect()
    }

    /// `POST /plugins/{name}/notify`: tell one plugin, do not wait for it.
    pub async fn notify(&self, name: &str, event: Event) {
        let Some(sandbox) = self.sandboxes.read().await.get(name).cloned() else {
            return;
        };
        self.tracker.spawn(async move { // OK: untracked-spawn, detached-spawn
            if !sandbox.deliver(event).await {
                tracing::warn!(plugin = %sandbox.name, "sandbox gone");
            }
        });
    }

    /// `POST /broadcast`: every plugin, fire and forget.
    pub async fn broadcast(&self, event: Event) {
        let sandboxes: Vec<Arc<Sandbox>> = self.sandboxes.read().await.values().cloned().collect();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            for sandbox in sandboxes {
                if !sandbox.deliver(event.clone()).await {
                    tracing::warn!(plugin = %sandbox.name, "sandbox gone");
                }
            }
        });
    }

    /// `POST /plugins/reload-all`: reloads every plugin directory at once, on blocking threads.
    pub async fn reload_all(&self, dirs: Vec<PathBuf>) -> usize {
        let mut reloads = JoinSet::new();
        for dir in dirs.into_iter().take(16) {
            let api = self.api.clone();
            reloads.spawn(loader::reload_one_offloaded(dir, api)); // OK: untracked-spawn, detached-spawn, unbounded-gather
        }
        let mut ok = 0;
        while let Some(done) = reloads.join_next().await {
            if let Ok(Ok(plugin)) = done {
                self.install(plugin).await;
                ok += 1;
            }
        }
        ok
    }

    /// Shutdown: stop routing, stop every sandbox, then wait for the tracked tasks.
    pub async fn shutdown(&self) {
        self.shutdown.cancel();
        let sandboxes: Vec<Arc<Sandbox>> = self.sandboxes.write().await.drain().map(|(_, s)| s).collect();
        for sandbox in sandboxes {
            sandbox.kill().await;
        }
        self.tracker.close();
        self.tracker.wait().await;
    }
}
