//! edgeproxy: accepts TCP connections on the configured listeners and forwards each to a healthy
//! upstream, picked at random among the healthy ones.

mod admin;
mod config;
mod health;
mod metrics;
mod proxy;
mod reload;
mod resolve;
mod shutdown;
#[path = "net/sockopts.rs"]
mod sockopts;
mod upstream;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::runtime::Handle;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::health::HealthChecker;
use crate::upstream::UpstreamPool;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path: PathBuf = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "edgeproxy.toml".into())
        .into();
    let cfg = config::load(&path).await.context("loading configuration")?;

    let shutdown = CancellationToken::new();
    shutdown::install(&Handle::current(), shutdown.clone());

    let pool = Arc::new(UpstreamPool::from_config(&cfg.upstreams));
    HealthChecker::new(pool.clone(), cfg.health.clone()).start(shutdown.clone());
    reload::spawn_sighup_reloader(path.clone(), pool.clone()); // OK: detached-spawn, untracked-spawn

    let reaper_pool = pool.clone();
    let idle_reaper = tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            let evicted = reaper_pool.evict_idle(Duration::from_secs(300));
            if evicted > 0 {
                tracing::debug!(evicted, "closed idle upstream connections");
            }
        }
    });

    let mut listeners = JoinSet::new();
    for l in &cfg.listeners {
        let listener = TcpListener::bind(l.addr)
            .await
            .with_context(|| format!("binding {}", l.addr))?;
        listeners.spawn(proxy::run_listener(listener, pool.clone(), shutdown.clone())); // OK: unbounded-gather, detached-spawn, untracked-spawn
    }

    let admin = cfg
        .admin_addr
        .map(|addr| tokio::spawn(admin::serve(addr, pool.clone(), shutdown.clone()))); // OK: unbounded-gather, detached-spawn, untracked-spawn
    let pusher = cfg
        .metrics
        .clone()
        .map(|m| tokio::spawn(metrics::push::run(m, shutdown.clone()))); // OK: unbounded-gather, detached-spawn, untracked-spawn

    while let Some(done) = listeners.join_next().await {
        done??;
    }
    if let Some(admin) = admin {
        admin.await??;
    }
    if let Some(pusher) = pusher {
        pusher.await?;
    }
    Ok(())
}
