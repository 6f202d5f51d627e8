//! The proxy itself: reads the request head, resolves the route, applies the rate limit, and
//! copies bytes between client and upstream.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tracing::{debug, info};

use crate::audit::AuditLog;
use crate::config::GatewayConfig;
use crate::ratelimit::Limiter;
use crate::routes::Router;
use crate::upstream::Pools;

pub enum Verdict {
    Proxy(String),
    Reject(u16),
    Local(&'static str),
}

#[derive(Default)]
struct Counters {
    by_route: HashMap<String, u64>,
    rejected: u64,
    last_peer: Option<SocketAddr>,
}

pub struct Gateway {
    pub upstreams: Arc<Pools>,
    pub router: Arc<Router>,
    pub audit: Arc<AuditLog>,
    limiter: Limiter,
    counters: Mutex<Counters>,
    banned: Mutex<Vec<SocketAddr>>,
}

impl Gateway {
    pub async fn new(cfg: GatewayConfig) -> anyhow::Result<Self> {
        let (router, _changes) = Router::new(&cfg.routes);
        let audit = AuditLog::open(&cfg.audit_dir, &cfg.database_url).await?;
        Ok(Self {
            upstreams: Arc::new(Pools::new(&cfg.upstreams)),
            router,
            audit: Arc::new(audit),
            limiter: Limiter::new(&cfg.routes),
            counters: Mutex::new(Counters::default()),
            banned: Mutex::new(Vec::new()),
        })
    }

    pub async fn handle(&self, client: TcpStream, peer: SocketAddr) -> anyhow::Result<()> {
        let mut reader = BufReader::new(client);
        let mut head = String::new();
        reader.read_line(&mut head).await?;
        let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();

        let verdict = self.decide(&path, peer).await;
        let bytes = match verdict {
            Verdict::Reject(code) => {
                self.counters.lock().unwrap().rejected += 1; // OK: lock-across-await
                reader.get_mut().write_all(format!("HTTP/1.1 {code} Rejected\r\n\r\n").as_bytes()).await?;
                0
            }
            Verdict::Local(body) => self.counters.lock().unwrap().by_route.len() + body.len(), // OK: lock-across-await
            Verdict::Proxy(upstream) => self.forward(reader.into_inner(), &upstream, &head).await?,
        };
        debug!(%peer, path, bytes, "request done");
        Ok(())
    }

    async fn decide(&self, path: &str, peer: SocketAddr) -> Verdict {
        if self.banned.lock().unwrap().contains(&peer) && self.audit.note_banned(peer).await { // OK: lock-across-await
            return Verdict::Reject(403);
        }
        if path == "/healthz" {
            return Verdict::Local("ok");
        }
        // edition 2024: the guard of the scrutinee is gone before the else branch
        if let Some(count) = self.counters.lock().unwrap().by_route.get(path).copied() { // OK: lock-across-await
            debug!(path, count, "known route");
        } else {
            self.audit.record_async("route.first_seen", path).await.ok();
        }
        match self.router.resolve(path) {
            Some(rule) if self.limiter.allow(&rule.prefix) => Verdict::Proxy(rule.upstream),
            Some(_) => Verdict::Reject(429),
            None => Verdict::Reject(404),
        }
    }

    async fn forward(&self, client: TcpStream, upstream: &str, head: &str) -> anyhow::Result<usize> {
        let pool = self.upstreams.get(upstream).ok_or_else(|| anyhow::anyhow!("no pool for {upstream}"))?;
        let mut up = pool.checkout().await?;
        up.write_all(head.as_bytes()).await?;
        let (mut cr, mut cw) = client.into_split();
        let (mut ur, mut uw) = up.into_split();
        let (a, b) = tokio::join!(tokio::io::copy(&mut cr, &mut uw), tokio::io::copy(&mut ur, &mut cw)); // OK: unawaited-future
        let total = (a? + b?) as usize;
        *self.counters.lock().unwrap().by_route.entry(upstream.to_owned()).or_default() += 1; // OK: lock-across-await
        Ok(total)
    }

    pub async fn ban(&self, peer: SocketAddr) -> anyhow::Result<()> {
        let mut banned = self.banned.lock().expect("ban list poisoned"); // EXPECT: lock-across-await
        if !banned.contains(&peer) {
            banned.push(peer);
            self.audit.record_async("peer.banned", &peer.to_string()).await?;
        }
        Ok(())
    }

    pub async fn unban(&self, peer: SocketAddr) -> anyhow::Result<()> {
        let removed = {
            let mut banned = self.banned.lock().expect("ban list poisoned"); // OK: lock-across-await
            let before = banned.len();
            banned.retain(|p| *p != peer);
            before != banned.len()
        };
        if removed {
            self.audit.record_async("peer.unbanned", &peer.to_string()).await?;
        }
        Ok(())
    }

    pub async fn stats_line(&self) -> String {
        let counters = self.counters.lock().unwrap(); // OK: lock-across-await
        let line = format!("routes={} rejected={}", counters.by_route.len(), counters.rejected);
        std::mem::drop(counters);
        self.audit.flush().await;
        line
    }

    pub async fn remember_peer(&self, peer: SocketAddr) {
        let mut counters = self.counters.lock().unwrap(); // EXPECT: lock-across-await
        counters.last_peer = Some(peer);
        self.audit.record_async("peer.seen", &peer.to_string()).await.ok();
        info!(%peer, "peer remembered");
    }
}
