//! Connection metrics: samples are aggregated on a dedicated single-threaded runtime and pushed to the
//! configured gateways.

pub mod push;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::LocalSet;

#[derive(Debug, Clone)]
pub struct Sample {
    pub upstream: String,
    pub bytes: u64,
    pub millis: u64,
}

#[derive(Default)]
pub struct Aggregator {
    per_upstream: HashMap<String, (u64, u64, u64)>,
}

impl Aggregator {
    pub fn record(&mut self, s: Sample) {
        let e = self.per_upstream.entry(s.upstream).or_default();
        e.0 += 1;
        e.1 += s.bytes;
        e.2 += s.millis;
    }

    pub fn take(&mut self) -> Vec<Sample> {
        self.per_upstream
            .drain()
            .map(|(upstream, (n, bytes, millis))| Sample { upstream, bytes, millis: millis / n.max(1) })
            .collect()
    }
}

/// Runs on its own thread: `Rc<RefCell<..>>` keeps the aggregation lock-free, so it needs a `LocalSet`.
pub fn run_aggregator(mut rx: mpsc::Receiver<Sample>, gateways: Vec<String>) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("building the metrics runtime");
    let local = LocalSet::new();
    local.block_on(&rt, async move {
        let agg = Rc::new(RefCell::new(Aggregator::default()));
        let flusher = agg.clone();
        tokio::task::spawn_local(async move { // EXPECT: detached-spawn // OK: untracked-spawn
            let mut tick = tokio::time::interval(Duration::from_secs(10));
            loop {
                tick.tick().await;
                let batch = flusher.borrow_mut().take();
                if batch.is_empty() {
                    continue;
                }
                push::push_samples(&gateways, batch).await;
            }
        });
        while let Some(s) = rx.recv().await {
            agg.borrow_mut().record(s);
        }
    });
}
