//! Active health checks: every interval, each configured upstream gets a TCP connect and an HTTP probe.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::net::TcpStream;
use tokio::task::JoinSet;
use tokio::time::{interval, timeout};
use tokio_util::sync::CancellationToken;

use crate::config::HealthCfg;
use crate::resolve;
use crate::upstream::{Upstream, UpstreamPool};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

pub struct HealthChecker {
    pool: Arc<UpstreamPool>,
    http: reqwest::Client,
    cfg: HealthCfg,
}

impl HealthChecker {
    pub fn new(pool: Arc<UpstreamPool>, cfg: HealthCfg) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(3))
            .build()
            .expect("static client configuration");
        Self { pool, http, cfg }
    }

    pub fn start(self, shutdown: CancellationToken) {
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut tick = interval(self.cfg.interval);
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => {
                        tracing::info!("health checker stopped");
                        return;
                    }
                    _ = tick.tick() => self.check_all().await,
                }
            }
        });
    }

    async fn check_all(&self) {
        let members = self.pool.snapshot();
        let results = join_all(members.iter().map(|u| self.check_one(u))).await; // OK: unbounded-gather
        for (u, (addr, ok)) in members.iter().zip(results) {
            if u.healthy != ok {
                tracing::info!(upstream = %u.name, healthy = ok, "health changed");
            }
            self.pool.set_health(&u.name, addr, ok);
        }
    }

    async fn check_one(&self, u: &Upstream) -> (Option<SocketAddr>, bool) {
        let addr = match resolve::first(&u.host, u.port).await {
            Ok(a) => a,
            Err(_) => return (None, false),
        };
        let connected = matches!(timeout(CONNECT_TIMEOUT, TcpStream::connect(addr)).await, Ok(Ok(_)));
        if !connected {
            return (Some(addr), false);
        }
        let url = format!("http://{addr}{}", self.cfg.path);
        let ok = match self.http.get(&url).send().await {
            Ok(r) => r.status().is_success(),
            Err(_) => false,
        };
        (Some(addr), ok)
    }
}

/// Connects to each address an operator typed into the admin API, to tell whether it is reachable.
pub async fn probe_addresses(addrs: Vec<SocketAddr>) -> Vec<(SocketAddr, bool)> {
    let mut set = JoinSet::new();
    for addr in addrs {
        set.spawn(async move { (addr, timeout(CONNECT_TIMEOUT, TcpStream::connect(addr)).await.is_ok()) }); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    let mut out = Vec::new();
    while let Some(Ok(r)) = set.join_next().await {
        out.push(r);
    }
    out
}

/// A quick connect test to a handful of fixed well-known ports, shown on the admin status page.
pub async fn local_ports_open() -> Vec<bool> {
    let ports = [80u16, 443, 8080];
    join_all(ports.iter().map(|p| async move { TcpStream::connect(("127.0.0.1", *p)).await.is_ok() })).await // OK: unbounded-gather
}
