use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures::future::join_all;
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::net::UdpSocket;

use crate::config::Config;

pub struct Forwarder {
    upstreams: Vec<SocketAddr>,
    healthy: Mutex<Vec<bool>>,
    latencies: parking_lot::Mutex<Vec<Duration>>,
}

impl Forwarder {
    pub fn new(cfg: &Config) -> Forwarder {
        Forwarder {
            upstreams: cfg.upstreams.clone(),
            healthy: Mutex::new(vec![true; cfg.upstreams.len()]),
            latencies: parking_lot::Mutex::new(vec![Duration::ZERO; cfg.upstreams.len()]),
        }
    }

    /// Races the query against every healthy upstream and keeps the first answer.
    pub async fn forward(&self, query: &[u8]) -> anyhow::Result<Vec<u8>> {
        let healthy = self.healthy.lock().unwrap().clone(); // OK: lock-across-await
        let mut racers: FuturesUnordered<_> = self.upstreams.iter().zip(healthy).filter(|(_, up)| *up).map(|(addr, _)| ask(*addr, query)).collect(); // OK: unbounded-gather
        while let Some(answer) = racers.next().await {
            if let Ok(answer) = answer {
                return Ok(answer);
            }
        }
        anyhow::bail!("no upstream answered")
    }

    /// Resolves each question of a client's message through the pool.
    pub async fn forward_each(&self, questions: Vec<Vec<u8>>) -> Vec<anyhow::Result<Vec<u8>>> {
        join_all(questions.iter().map(|q| self.forward(q))).await // EXPECT: unbounded-gather
    }

    pub async fn probe_all(&self) {
        let started = Instant::now();
        let results = join_all(self.upstreams.iter().map(|a| ask(*a, PROBE))).await; // OK: unbounded-gather
        let mut healthy = self.healthy.lock().unwrap(); // OK: lock-across-await
        for (slot, result) in healthy.iter_mut().zip(&results) {
            *slot = result.is_ok();
        }
        drop(healthy);
        let mut latencies = self.latencies.lock(); // EXPECT: lock-across-await
        latencies[0] = started.elapsed();
        tokio::time::sleep(Duration::from_millis(10)).await;
        latencies[1] = started.elapsed();
    }

    pub async fn report(&self, tx: &tokio::sync::mpsc::Sender<Vec<bool>>) {
        tx.send(self.healthy.lock().unwrap().clone()).await.ok(); // EXPECT: lock-across-await
        let n = self.healthy.lock().unwrap().len(); // OK: lock-across-await
        tokio::time::sleep(Duration::from_millis(n as u64)).await;
    }
}

const PROBE: &[u8] = b"\x00\x01\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x01";

async fn ask(addr: SocketAddr, query: &[u8]) -> anyhow::Result<Vec<u8>> {
    let sock = UdpSocket::bind("0.0.0.0:0").await?;
    sock.send_to(query, addr).await?;
    let mut buf = vec![0; 1500];
    let (n, _) = tokio::time::timeout(Duration::from_secs(2), sock.recv_from(&mut buf)).await??;
    buf.truncate(n);
    Ok(buf)
}

/// Probes the pool forever; the process exit ends it.
pub async fn health_loop(fwd: std::sync::Arc<Forwarder>) {
    loop {
        fwd.probe_all().await;
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}
