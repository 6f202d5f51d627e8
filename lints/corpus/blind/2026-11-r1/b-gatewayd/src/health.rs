//! Active health checks: every configured upstream is pinged on an interval; state changes are
//! broadcast to the proxies and serious ones are sent to the alert channel.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use parking_lot::Mutex;
use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::config::Upstream;
use crate::upstream::Pools;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Up,
    Degraded,
    Down,
}

#[derive(Debug, Clone)]
pub struct HealthEvent {
    pub upstream: String,
    pub health: Health,
}

#[derive(Debug)]
pub struct Alert {
    pub upstream: String,
    pub message: String,
}

pub struct HealthChecker {
    upstreams: Vec<Upstream>,
    pools: Arc<Pools>,
    status: Mutex<HashMap<String, Health>>,
    events: broadcast::Sender<HealthEvent>,
    alerts: mpsc::Sender<Alert>,
    metrics: mpsc::UnboundedSender<(String, f64)>,
}

impl HealthChecker {
    pub fn new(upstreams: Vec<Upstream>, pools: Arc<Pools>) -> Self {
        let (events, _) = broadcast::channel(64);
        let (alerts, alert_rx) = mpsc::channel(16);
        let (metrics, metrics_rx) = mpsc::unbounded_channel();
        crate::admin::attach_sinks(alert_rx, metrics_rx);
        Self { upstreams, pools, status: Mutex::new(HashMap::new()), events, alerts, metrics }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<HealthEvent> {
        self.events.subscribe()
    }

    pub async fn is_known(&self, name: &str) -> bool {
        self.upstreams.iter().any(|u| u.name == name)
    }

    pub async fn run(self, shutdown: CancellationToken) {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = every.tick() => self.check_all().await,
            }
        }
        info!("health checker stopped");
    }

    async fn check_all(&self) {
        // one probe per configured upstream: the set is small and fixed
        let probes = self.upstreams.iter().map(|u| self.probe(u)); // OK: unawaited-future
        let results = join_all(probes).await;
        for (upstream, health) in self.upstreams.iter().zip(results) {
            self.record(&upstream.name, health).await;
        }
    }

    async fn probe(&self, upstream: &Upstream) -> Health {
        let started = std::time::Instant::now();
        let outcome = tokio::time::timeout(Duration::from_secs(2), self.pools.ping(&upstream.addr)).await;
        let _ = self.metrics.send((upstream.name.clone(), started.elapsed().as_secs_f64())); // OK: unawaited-future
        match outcome {
            Ok(Ok(())) if started.elapsed() < Duration::from_millis(500) => Health::Up,
            Ok(Ok(())) => Health::Degraded,
            _ => Health::Down,
        }
    }

    async fn record(&self, name: &str, health: Health) {
        let previous = self.status.lock().insert(name.to_owned(), health); // OK: lock-across-await
        if previous == Some(health) {
            return;
        }
        let _ = self.events.send(HealthEvent { upstream: name.to_owned(), health }); // OK: unawaited-future
        if health == Health::Down {
            self.alerts.send(Alert { upstream: name.to_owned(), message: "upstream down".into() }); // EXPECT: unawaited-future
            warn!(upstream = name, "upstream marked down");
        }
        if previous == Some(Health::Down) {
            let _ = self.alerts.send(Alert { upstream: name.to_owned(), message: "upstream recovered".into() }); // EXPECT: unawaited-future
        }
    }

    pub async fn escalate(&self, name: &str) -> anyhow::Result<()> {
        let status = self.status.lock(); // EXPECT: lock-across-await
        if status.get(name) == Some(&Health::Down) {
            self.alerts.send(Alert { upstream: name.to_owned(), message: "still down".into() }).await?; // OK: unawaited-future
        }
        Ok(())
    }

    pub async fn report(&self) -> Vec<(String, Health)> {
        let snapshot: Vec<(String, Health)> = self.status.lock().iter().map(|(k, v)| (k.clone(), *v)).collect(); // OK: lock-across-await
        tokio::time::sleep(Duration::from_millis(1)).await;
        snapshot
    }

    pub fn down_count(&self) -> usize {
        self.status.lock().values().filter(|h| **h == Health::Down).count()
    }
}
