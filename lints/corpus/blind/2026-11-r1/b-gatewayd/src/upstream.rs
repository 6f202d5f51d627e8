//! Upstream connection pools: idle connections per upstream, handed out to proxies and returned
//! when the exchange completes.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tracing::{debug, warn};

use crate::config::Upstream;

pub struct Idle {
    stream: TcpStream,
    since: Instant,
}

/// One upstream's idle connections. The control stream is shared by every proxy that needs to
/// send a drain notice, so it sits behind tokio's mutex.
pub struct Pool {
    upstream: Upstream,
    idle: Mutex<VecDeque<Idle>>,
    control: Arc<tokio::sync::Mutex<Option<TcpStream>>>,
    broken: Mutex<u32>,
}

impl Pool {
    pub fn new(upstream: Upstream) -> Self {
        Self {
            upstream,
            idle: Mutex::new(VecDeque::new()),
            control: Arc::new(tokio::sync::Mutex::new(None)),
            broken: Mutex::new(0),
        }
    }

    /// The control connection; callers lock it with `.lock().await`.
    pub fn lock(&self) -> &tokio::sync::Mutex<Option<TcpStream>> {
        &self.control
    }

    pub fn name(&self) -> &str {
        &self.upstream.name
    }

    pub async fn checkout(&self) -> std::io::Result<TcpStream> {
        let reused = self.idle.lock().unwrap().pop_front(); // OK: lock-across-await
        match reused {
            Some(idle) if idle.since.elapsed() < Duration::from_secs(30) => Ok(idle.stream),
            _ => TcpStream::connect(&self.upstream.addr).await,
        }
    }

    pub async fn checkout_eager(&self) -> std::io::Result<TcpStream> {
        match self.idle.lock().unwrap().pop_front() { // EXPECT: lock-across-await
            Some(idle) => Ok(idle.stream),
            None => TcpStream::connect(&self.upstream.addr).await,
        }
    }

    pub fn checkin(&self, stream: TcpStream) {
        let mut idle = self.idle.lock().unwrap();
        if idle.len() < 64 {
            idle.push_back(Idle { stream, since: Instant::now() });
        }
    }

    /// Sends a drain notice on the control stream and waits for it to be written.
    pub async fn send_drain(&self) -> std::io::Result<()> {
        let mut control = self.lock().lock().await; // OK: lock-across-await
        if let Some(stream) = control.as_mut() {
            stream.write_all(b"DRAIN\n").await?;
        }
        Ok(())
    }

    pub async fn reset_control(&self) -> std::io::Result<()> {
        let mut guard = self.control.lock().await; // OK: lock-across-await
        *guard = Some(TcpStream::connect(&self.upstream.addr).await?);
        Ok(())
    }

    /// Closes every idle connection politely.
    pub async fn close_idle(&self) {
        let mut idle = self.idle.lock().unwrap(); // EXPECT: lock-across-await
        while let Some(mut conn) = idle.pop_front() {
            if let Err(e) = conn.stream.shutdown().await {
                debug!(error = %e, "idle shutdown failed");
            }
        }
    }

    pub async fn note_failure(&self, err: &std::io::Error) -> u32 {
        let failures = {
            let mut broken = self.broken.lock().unwrap(); // OK: lock-across-await
            *broken += 1;
            *broken
        };
        warn!(upstream = %self.upstream.name, error = %err, failures, "upstream failure");
        tokio::time::sleep(Duration::from_millis(50 * u64::from(failures.min(20)))).await;
        failures
    }
}

/// Every upstream's pool, by name.
pub struct Pools {
    by_name: HashMap<String, Arc<Pool>>,
    /// A single shared upstream connection used for health pings; std mutex, tokio stream inside.
    ping_conn: std::sync::Mutex<Option<TcpStream>>,
}

impl Pools {
    pub fn new(upstreams: &[Upstream]) -> Self {
        let by_name = upstreams.iter().map(|u| (u.name.clone(), Arc::new(Pool::new(u.clone())))).collect();
        Self { by_name, ping_conn: std::sync::Mutex::new(None) }
    }

    pub fn get(&self, name: &str) -> Option<Arc<Pool>> {
        self.by_name.get(name).cloned()
    }

    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.by_name.keys()
    }

    pub async fn ping(&self, addr: &str) -> std::io::Result<()> {
        let mut slot = self.ping_conn.lock().unwrap(); // EXPECT: lock-across-await
        if slot.is_none() {
            *slot = Some(TcpStream::connect(addr).await?);
        }
        slot.as_mut().unwrap().write_all(b"PING\n").await
    }

    pub async fn drain_all(&self) {
        for pool in self.by_name.values() {
            if let Err(e) = pool.send_drain().await {
                warn!(upstream = pool.name(), error = %e, "drain notice failed");
            }
            pool.close_idle().await;
        }
    }
}
