use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use futures::future::join_all;
use serde::Deserialize;
use tokio::net::TcpStream;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: String,
    pub backends: Vec<SocketAddr>,
    pub routes_file: String,
    pub denylist_file: String,
}

impl Config {
    pub fn load(path: &str) -> anyhow::Result<Config> {
        Ok(serde_json::from_slice(&std::fs::read(path)?)?) // OK: blocking-in-async
    }
}

pub struct Pool {
    backends: Vec<SocketAddr>,
    up: Mutex<Vec<bool>>,
}

impl Pool {
    pub fn new(backends: Vec<SocketAddr>) -> Pool {
        let up = Mutex::new(vec![true; backends.len()]);
        Pool { backends, up }
    }

    pub async fn check_all(&self) {
        let results = join_all(self.backends.iter().map(|b| probe(*b))).await; // OK: unbounded-gather
        *self.up.lock().unwrap() = results; // OK: lock-across-await
    }

    pub async fn pick(&self, hint: usize) -> Option<SocketAddr> {
        let up = self.up.lock().unwrap(); // EXPECT: lock-across-await
        let idx = (hint..hint + up.len()).map(|i| i % up.len()).find(|i| up[*i])?;
        if idx != hint % up.len() {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        self.backends.get(idx).copied()
    }

    pub async fn pick_fast(&self, hint: usize) -> Option<SocketAddr> {
        let idx = {
            let up = self.up.lock().unwrap(); // OK: lock-across-await
            (hint..hint + up.len()).map(|i| i % up.len()).find(|i| up[*i])?
        };
        tokio::task::yield_now().await;
        self.backends.get(idx).copied()
    }

    pub async fn drain(&self, addrs: &[SocketAddr]) {
        for addr in addrs {
            if let Some(pos) = self.backends.iter().position(|b| b == addr) {
                self.up.lock().unwrap()[pos] = false;
            }
        }
        tokio::time::sleep(Duration::from_secs(1)); // EXPECT: unawaited-future
    }
}

async fn probe(addr: SocketAddr) -> bool {
    tokio::time::timeout(Duration::from_secs(1), TcpStream::connect(addr)).await.map(|r| r.is_ok()).unwrap_or(false)
}
