//! Idle upstream connections per backend address.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::net::TcpStream;

pub struct Pool {
    idle: Mutex<HashMap<SocketAddr, Vec<(TcpStream, Instant)>>>,
    max_idle: usize,
}

impl Pool {
    pub fn new(max_idle: usize) -> Self {
        Pool { idle: Mutex::new(HashMap::new()), max_idle }
    }

    /// An idle connection to `addr`, or a new one.
    pub async fn get(&self, addr: SocketAddr) -> std::io::Result<TcpStream> {
        let reused = self.idle.lock().unwrap().get_mut(&addr).and_then(|v| v.pop()); // OK: lock-across-await
        if let Some((stream, since)) = reused {
            if since.elapsed() < Duration::from_secs(60) {
                return Ok(stream);
            }
        }
        TcpStream::connect(addr).await
    }

    /// Connects `n` spare connections to `addr` ahead of demand.
    pub async fn prefill(&self, addr: SocketAddr, n: usize) -> std::io::Result<()> {
        let mut idle = self.idle.lock().unwrap(); // EXPECT: lock-across-await
        let list = idle.entry(addr).or_default();
        while list.len() < n.min(self.max_idle) {
            let stream = TcpStream::connect(addr).await?;
            list.push((stream, Instant::now()));
        }
        Ok(())
    }

    pub async fn release(&self, addr: SocketAddr, stream: TcpStream) {
        let mut idle = self.idle.lock().unwrap(); // OK: lock-across-await
        let list = idle.entry(addr).or_default();
        if list.len() < self.max_idle {
            list.push((stream, Instant::now()));
        }
    }

    /// Closes idle connections older than a minute; returns how many.
    pub async fn drain_idle(&self) -> usize {
        let mut idle = self.idle.lock().unwrap();
        let mut closed = 0;
        for list in idle.values_mut() {
            let before = list.len();
            list.retain(|(_, since)| since.elapsed() < Duration::from_secs(60));
            closed += before - list.len();
        }
        closed
    }
}
