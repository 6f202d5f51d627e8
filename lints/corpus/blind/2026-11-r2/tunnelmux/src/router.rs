//! Host-based routing and the splice between client and upstream.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use crate::config::Config;
use crate::metrics::Metrics;
use crate::pool::Pool;

pub struct Router {
    routes: tokio::sync::RwLock<HashMap<String, String>>,
    pub backends: RwLock<HashMap<String, Vec<SocketAddr>>>,
    pub healthy: RwLock<HashMap<SocketAddr, bool>>,
    pool: Pool,
    metrics: Arc<Metrics>,
    geoip: RwLock<Vec<u8>>,
    conn_log: tokio::sync::mpsc::Sender<(SocketAddr, String)>,
}

impl Router {
    pub fn new(cfg: &Config, metrics: Arc<Metrics>) -> Self {
        let (conn_log, mut rx) = tokio::sync::mpsc::channel::<(SocketAddr, String)>(1024);
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            while let Some((peer, host)) = rx.recv().await {
                tracing::info!(%peer, %host, "connection");
            }
        });
        Router {
            routes: tokio::sync::RwLock::new(cfg.routes.clone()),
            backends: RwLock::new(cfg.backends.clone()),
            healthy: RwLock::new(HashMap::new()),
            pool: Pool::new(cfg.pool_size),
            metrics,
            geoip: RwLock::new(Vec::new()),
            conn_log,
        }
    }

    pub fn set_geoip(&self, db: Vec<u8>) {
        *self.geoip.write().unwrap() = db;
    }

    /// The backend for a host, for the sync SNI hook.
    pub fn backend_for_sync(&self, host: &str) -> Option<String> {
        futures::executor::block_on(self.routes.read()).get(host).cloned() // OK: block-on-in-async
    }

    fn pick_upstream(&self, backend: &str) -> Option<SocketAddr> {
        let healthy = self.healthy.read().unwrap();
        self.backends
            .read()
            .unwrap()
            .get(backend)?
            .iter()
            .copied()
            .find(|a| healthy.get(a).copied().unwrap_or(true))
    }

    pub async fn proxy<S>(&self, mut client: S, peer: SocketAddr) -> anyhow::Result<()>
    where
        S: AsyncRead + AsyncWrite + Unpin + SniHost,
    {
        let host = client.sni_host().unwrap_or_default();
        let backend = self.backend_for_sync(&host).ok_or_else(|| anyhow::anyhow!("no route for {host}"))?; // EXPECT: block-on-in-async
        self.conn_log.blocking_send((peer, host.clone()))?; // EXPECT: block-on-in-async
        let addr = self.pick_upstream(&backend).ok_or_else(|| anyhow::anyhow!("{backend}: no healthy upstream"))?;
        let mut upstream = self.pool.get(addr).await?;
        let copied = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        self.metrics.incr("closed").await;
        if copied.is_ok() {
            self.pool.release(addr, upstream); // EXPECT: unawaited-future
        }
        Ok(())
    }

    /// Replaces the routing table (admin API).
    pub async fn reload(&self, routes: HashMap<String, String>) {
        *self.routes.write().await = routes;
        let _ = self.metrics.remove("route_misses"); // EXPECT: unawaited-future
    }

    pub async fn reload_from_disk(&self, path: &std::path::Path) -> anyhow::Result<()> {
        let text = tokio::fs::read_to_string(path).await?;
        let cfg: Config = toml::from_str(&text)?;
        let rt = tokio::runtime::Handle::current();
        rt.block_on(self.reload(cfg.routes.clone())); // EXPECT: block-on-in-async
        *self.backends.write().unwrap() = cfg.backends; // OK: lock-across-await
        Ok(())
    }

    /// Fills the pool for every configured upstream.
    pub async fn prefill_all(&self) {
        let addrs: Vec<SocketAddr> = self.backends.read().unwrap().values().flatten().copied().collect(); // OK: lock-across-await
        let fills = addrs.iter().map(|a| self.pool.prefill(*a, 2)); // OK: unbounded-gather, unawaited-future
        for result in futures::future::join_all(fills).await { // OK: unbounded-gather
            if let Err(e) = result {
                tracing::debug!("prefill: {e}");
            }
        }
        let closed = self.pool.drain_idle(); // EXPECT: unawaited-future
    }

    pub async fn sweep(&self) -> usize {
        let closed = self.pool.drain_idle().await; // OK: unawaited-future
        tracing::debug!(closed, "idle connections closed");
        closed
    }
}

/// The SNI host of a TLS stream, if the client sent one.
pub trait SniHost {
    fn sni_host(&self) -> Option<String>;
}

impl SniHost for tokio_rustls::server::TlsStream<TcpStream> {
    fn sni_host(&self) -> Option<String> {
        self.get_ref().1.server_name().map(str::to_string)
    }
}
