//! Config, shared state, and the server's startup.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use serde::Deserialize;

use crate::delivery::Delivery;
use crate::metrics::Counters;
use crate::outbox::Outbox;
use crate::ratelimit::RateLimiter;
use crate::subscribers::{Subscriber, SubscriberStore};

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: String,
    pub database: String,
    pub threads: usize,
    pub secrets: HashMap<String, String>,
    pub templates_dir: PathBuf,
    pub metrics_url: Option<String>,
    /// Static subscribers per source, on top of the ones stored in the database.
    #[serde(default)]
    pub static_subscribers: Vec<Subscriber>,
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        Ok(serde_json::from_str(&text)?)
    }
}

pub struct AppState {
    pub cfg: Config,
    pub pool: sqlx::SqlitePool,
    pub http: reqwest::Client,
    pub delivery: Delivery,
    pub rate: parking_lot::Mutex<RateLimiter>,
    pub counters: Mutex<Counters>,
    pub routes: RwLock<HashMap<String, Vec<Subscriber>>>,
    pub pending: Mutex<VecDeque<i64>>,
    pub outbox: tokio::sync::Mutex<Outbox>,
    pub store: SubscriberStore,
    pub live_cfg: tokio::sync::RwLock<Config>,
    pub metrics_tx: tokio::sync::mpsc::Sender<Counters>,
    pub rt: tokio::runtime::Handle,
}

pub async fn serve(cfg: Config) -> anyhow::Result<()> {
    let pool = sqlx::SqlitePool::connect(&cfg.database).await?;
    let (metrics_tx, metrics_rx) = tokio::sync::mpsc::channel(64);
    let state = Arc::new(AppState {
        pool: pool.clone(),
        http: reqwest::Client::new(),
        delivery: Delivery::new(),
        rate: parking_lot::Mutex::new(RateLimiter::new(100)),
        counters: Mutex::new(Counters::default()),
        routes: RwLock::new(HashMap::new()),
        pending: Mutex::new(VecDeque::new()),
        outbox: tokio::sync::Mutex::new(Outbox::default()),
        store: SubscriberStore::new(pool.clone()),
        live_cfg: tokio::sync::RwLock::new(cfg.clone()),
        metrics_tx,
        rt: tokio::runtime::Handle::current(),
        cfg,
    });

    if let Some(url) = state.cfg.metrics_url.clone() {
        let _ = tokio::task::spawn(crate::metrics::push_loop(url, metrics_rx)); // EXPECT: detached-spawn // OK: untracked-spawn
    }
    state.rt.spawn(crate::outbox::drain_forever(state.clone())); // EXPECT: detached-spawn // OK: untracked-spawn

    let app = crate::routes::router(state.clone());
    let listener = tokio::net::TcpListener::bind(&state.cfg.listen).await?;
    tracing::info!(addr = %state.cfg.listen, "listening");
    axum::serve(listener, app).await?;
    Ok(())
}

/// Spawns a background future that the caller does not need to wait for.
pub fn spawn_background<F>(fut: F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    tokio::spawn(fut); // EXPECT: untracked-spawn // OK: detached-spawn
}
