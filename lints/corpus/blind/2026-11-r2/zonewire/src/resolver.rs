//! Answering a question: the zones first, then the cache, then the upstreams.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use futures::future::{join_all, select_ok};
use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use crate::cache::AnswerCache;
use crate::config::Config;
use crate::proto::{Answer, Question, Record};
use crate::stats::Stats;
use crate::zone::ZoneSet;

pub struct Resolver {
    zones: RwLock<Arc<ZoneSet>>,
    cache: AnswerCache,
    upstreams: Vec<SocketAddr>,
    secondaries: Vec<SocketAddr>,
    stats: parking_lot::Mutex<Stats>,
    blocklist: RwLock<HashSet<String>>,
    pinned: RwLock<Vec<String>>,
    audit_tx: Option<mpsc::Sender<Stats>>,
    tsig_key: Vec<u8>,
}

impl Resolver {
    pub fn new(cfg: &Config, zones: ZoneSet, tsig_key: Vec<u8>) -> Self {
        Resolver {
            zones: RwLock::new(Arc::new(zones)),
            cache: AnswerCache::new(cfg.cache_size),
            upstreams: cfg.upstreams.clone(),
            secondaries: cfg.secondaries.clone(),
            stats: parking_lot::Mutex::new(Stats::default()),
            blocklist: RwLock::new(cfg.blocklist.iter().cloned().collect()),
            pinned: RwLock::new(cfg.pinned.clone()),
            audit_tx: None,
            tsig_key,
        }
    }

    pub fn cache_handle(&self) -> AnswerCache {
        self.cache.clone()
    }

    pub fn stats_snapshot(&self) -> Stats {
        self.stats.lock().clone()
    }

    pub fn replace_zones(&self, zones: ZoneSet) {
        *self.zones.write().unwrap() = Arc::new(zones);
    }

    pub async fn resolve(&self, q: &Question) -> anyhow::Result<Answer> {
        self.stats.lock().queries += 1; // OK: lock-across-await
        let zones = self.zones.read().unwrap().clone(); // OK: lock-across-await
        if let Some(records) = zones.get(&q.name) {
            return Ok(Answer {
                records: records.clone(),
                authoritative: true,
            });
        }
        if let Some(hit) = self.cache.get(q) {
            self.stats.lock().cache_hits += 1; // OK: lock-across-await
            return Ok(hit);
        }
        let answer = self.forward(q).await?;
        self.cache.put(q.clone(), answer.clone(), Instant::now() + min_ttl(&answer));
        Ok(answer)
    }

    /// Resolves through the cache's own lock, so that a burst of the same question reaches the
    /// upstreams once.
    pub async fn resolve_coalesced(&self, q: &Question) -> anyhow::Result<Answer> {
        let mut cache = self.cache.raw().lock().unwrap(); // EXPECT: lock-across-await
        if let Some((answer, _)) = cache.get(q) {
            return Ok(answer.clone());
        }
        let answer = self.forward(q).await?;
        cache.put(q.clone(), (answer.clone(), Instant::now() + min_ttl(&answer)));
        Ok(answer)
    }

    /// Stale-while-revalidate: serve a cached answer, otherwise go upstream.
    pub async fn resolve_stale_ok(&self, q: &Question) -> anyhow::Result<Answer> {
        if let Some((answer, _)) = self.cache.raw().lock().unwrap().peek(q).cloned() { // OK: lock-across-await
            Ok(answer)
        } else {
            self.forward(q).await
        }
    }

    pub async fn resolve_prefer_cache(&self, q: &Question) -> anyhow::Result<Answer> {
        match self.cache.raw().lock().unwrap().peek(q).cloned() { // EXPECT: lock-across-await
            Some((answer, _)) => Ok(answer),
            None => self.forward(q).await,
        }
    }

    async fn forward(&self, q: &Question) -> anyhow::Result<Answer> {
        let mut stats = self.stats.lock(); // EXPECT: lock-across-await
        stats.forwarded += 1;
        let attempts = self.upstreams.iter().map(|u| Box::pin(query_upstream(*u, q.clone())));
        match select_ok(attempts).await { // OK: unbounded-gather
            Ok((answer, _)) => Ok(answer),
            Err(e) => {
                stats.failures += 1;
                Err(e)
            }
        }
    }

    /// Several questions in one message (rare, but the protocol allows it).
    pub async fn resolve_all(&self, questions: Vec<Question>) -> Vec<anyhow::Result<Answer>> {
        join_all(questions.iter().map(|q| self.resolve(q))).await // EXPECT: unbounded-gather
    }

    pub async fn check_blocked(&self, name: &str) -> bool {
        self.blocklist.read().unwrap().contains(name) && self.log_blocked(name).await // OK: lock-across-await
    }

    async fn log_blocked(&self, name: &str) -> bool {
        tracing::info!(%name, "blocked");
        if let Some(tx) = &self.audit_tx {
            tx.send(self.stats.lock().clone()).await.is_ok() // EXPECT: lock-across-await
        } else {
            true
        }
    }

    /// Warms the cache for the configured pinned names.
    pub async fn warm_pinned(&self) {
        for name in self.pinned.read().unwrap().iter() { // EXPECT: lock-across-await
            let q = Question { name: name.clone(), qtype: 1 };
            if let Err(e) = self.resolve(&q).await {
                tracing::warn!(%name, "warming failed: {e:#}");
            }
        }
    }

    pub async fn warm_pinned_snapshot(&self) {
        let names: Vec<String> = self.pinned.read().unwrap().clone(); // OK: lock-across-await
        for name in names {
            let _ = self.resolve(&Question { name, qtype: 1 }).await;
        }
    }

    /// Tells every configured secondary that a zone's serial changed.
    pub async fn notify_secondaries(&self, zone: &str, serial: u32) {
        let sends = self.secondaries.iter().map(|s| send_notify(*s, zone, serial)); // OK: unbounded-gather
        for (addr, result) in self.secondaries.iter().zip(join_all(sends).await) { // OK: unbounded-gather
            if let Err(e) = result {
                tracing::warn!(%addr, "NOTIFY failed: {e:#}");
            }
        }
    }

    /// Checks the signatures of records a primary sent in a transfer (a JSON array).
    pub async fn verify_transfer(&self, body: &[u8]) -> anyhow::Result<usize> {
        let records: Vec<Record> = serde_json::from_slice(body)?;
        let checks = records.iter().map(|r| self.verify_record(r)); // OK: unawaited-future
        let results = join_all(checks).await; // EXPECT: unbounded-gather
        Ok(results.into_iter().filter(|ok| *ok).count())
    }

    async fn verify_record(&self, record: &Record) -> bool {
        tokio::task::yield_now().await;
        !self.tsig_key.is_empty() && !record.data.is_empty()
    }
}

fn min_ttl(answer: &Answer) -> Duration {
    Duration::from_secs(answer.records.iter().map(|r| r.ttl).min().unwrap_or(60) as u64)
}

async fn query_upstream(addr: SocketAddr, q: Question) -> anyhow::Result<Answer> {
    let sock = UdpSocket::bind("0.0.0.0:0").await?;
    sock.connect(addr).await?;
    sock.send(q.name.as_bytes()).await?;
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(2), sock.recv(&mut buf)).await??;
    buf.truncate(n);
    Ok(Answer::default())
}

async fn send_notify(addr: SocketAddr, zone: &str, serial: u32) -> anyhow::Result<()> {
    let sock = std::net::UdpSocket::bind("0.0.0.0:0")?; // EXPECT: blocking-in-async
    sock.send_to(format!("NOTIFY {zone} {serial}").as_bytes(), addr)?; // EXPECT: blocking-in-async
    Ok(())
}
