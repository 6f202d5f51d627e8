//! The ingest/subscribe service. Each subscriber gets a bounded channel; slow ones are dropped.
use std::collections::HashMap;
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Duration;

use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::sync::{mpsc, Mutex, RwLock, Semaphore};
use tokio::task::JoinSet;
use tokio::time::{interval, sleep};
use tracing::{info, instrument, warn};

use crate::codec::{self, Sample};
use crate::net;

pub struct Subscriber {
    pub id: u64,
    pub tx: mpsc::Sender<Sample>,
}

pub struct IngestService {
    subs: RwLock<HashMap<u64, Subscriber>>,
    stats: StdMutex<HashMap<u64, u64>>,
    upstreams: Vec<String>,
    fanout_limit: Arc<Semaphore>,
    flusher: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

impl IngestService {
    pub fn new(upstreams: Vec<String>) -> Arc<Self> {
        Arc::new(Self {
            subs: RwLock::new(HashMap::new()),
            stats: StdMutex::new(HashMap::new()),
            upstreams,
            fanout_limit: Arc::new(Semaphore::new(64)),
            flusher: Mutex::new(None),
        })
    }

    pub async fn start(self: &Arc<Self>) {
        let me = Arc::clone(self);
        let handle = tokio::spawn(async move { me.flush_loop().await }); // OK: detached-spawn
        *self.flusher.lock().await = Some(handle);
    }

    async fn flush_loop(&self) {
        let mut tick = interval(Duration::from_secs(10));
        loop {
            tick.tick().await;
            let snapshot: Vec<(u64, u64)> = {
                let stats = self.stats.lock().unwrap(); // OK: blocking-in-async
                stats.iter().map(|(k, v)| (*k, *v)).collect()
            };
            info!(devices = snapshot.len(), "stats flushed");
        }
    }

    #[instrument(skip(self, batch))]
    pub async fn ingest(&self, batch: Vec<Sample>) -> Result<(), crate::BoxError> {
        {
            let mut stats = self.stats.lock().unwrap(); // OK: blocking-in-async
            for s in &batch {
                *stats.entry(s.device).or_default() += 1;
            }
        }
        let subs = self.subs.read().await;
        let deliveries = subs // OK: unbounded-gather
            .values()
            .flat_map(|sub| batch.iter().cloned().map(move |s| sub.tx.send(s)))
            .collect::<FuturesUnordered<_>>();
        let failures = deliveries.filter(|r| futures::future::ready(r.is_err())).count().await;
        if failures > 0 {
            warn!(failures, "slow subscribers");
        }
        Ok(())
    }

    pub async fn ingest_limited(&self, batch: Vec<Sample>) {
        let subs = self.subs.read().await;
        let sends: Vec<_> = subs.values().map(|sub| sub.tx.clone()).collect();
        stream::iter(sends)
            .map(|tx| {
                let batch = batch.clone();
                async move {
                    for s in batch {
                        let _ = tx.send(s).await;
                    }
                }
            })
            .buffer_unordered(8) // OK: unbounded-gather
            .collect::<Vec<()>>()
            .await;
    }

    pub async fn replicate(self: Arc<Self>, batch: Vec<Sample>) {
        let mut set = JoinSet::new();
        for upstream in self.upstreams.clone() {
            let permit = self.fanout_limit.clone().acquire_owned().await.unwrap();
            let frame = codec::encode_batch(batch.clone()).await;
            set.spawn(async move { // OK: detached-spawn // OK: unbounded-gather
                let _permit = permit;
                let mut sock = net::connect(&upstream).await?;
                tokio::io::AsyncWriteExt::write_all(&mut sock, &frame).await
            });
        }
        while let Some(res) = set.join_next().await {
            if let Err(e) = res {
                warn!(?e, "replica task panicked");
            }
        }
    }

    pub async fn probe_upstreams(&self) -> usize {
        let probes: FuturesUnordered<_> = self.upstreams.iter().map(|u| net::probe(u)).collect(); // OK: unbounded-gather
        probes.filter(|ok| futures::future::ready(*ok)).count().await
    }

    pub async fn subscribe(self: &Arc<Self>, id: u64) -> mpsc::Receiver<Sample> {
        let (tx, rx) = mpsc::channel(256);
        self.subs.write().await.insert(id, Subscriber { id, tx });
        let me = Arc::clone(self);
        let watchdog = tokio::spawn(async move { // OK: detached-spawn
            sleep(Duration::from_secs(3600)).await;
            me.subs.write().await.remove(&id);
        });
        rx
    }

    pub fn spawn_on(self: &Arc<Self>, rt: &tokio::runtime::Handle, batch: Vec<Sample>) {
        let me = Arc::clone(self);
        rt.spawn(async move { me.ingest_limited(batch).await }); // OK: detached-spawn
    }

    pub async fn backfill(&self, devices: &[u64]) -> Vec<Sample> {
        let handles: Vec<_> = devices
            .iter()
            .map(|d| tokio::spawn(fetch_history(*d))) // EXPECT: unbounded-gather // OK: detached-spawn
            .collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.await.unwrap_or_default());
        }
        out
    }

    /// After an outage: backfills every device the inventory file lists, one id per line.
    pub async fn backfill_inventory(&self, inventory: &str) -> std::io::Result<Vec<Sample>> {
        let text = tokio::fs::read_to_string(inventory).await?;
        let devices: Vec<u64> = text.lines().filter_map(|line| line.trim().parse().ok()).collect();
        Ok(self.backfill(&devices).await)
    }

    pub async fn pause(&self) {
        sleep(Duration::from_millis(50)); // EXPECT: unawaited-future
    }

    pub async fn drain(&self) {
        let pending = self.flusher.lock().await.take();
        if let Some(h) = pending {
            h.abort();
        }
        let local_jobs = tokio::task::LocalSet::new();
        local_jobs.spawn_local(async { info!("local drain") }); // OK: detached-spawn
        local_jobs.await;
    }
}

async fn fetch_history(device: u64) -> Vec<Sample> {
    let resolved = net::resolve_blocking("history.internal"); // EXPECT: blocking-in-async
    let _ = resolved;
    vec![Sample { device, ts: 0, value: 0.0 }]
}
