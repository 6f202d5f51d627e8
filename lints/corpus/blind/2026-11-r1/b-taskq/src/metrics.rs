//! Worker metrics: outcomes arrive on a std channel from the workers and are folded by a
//! dedicated thread; an async exporter writes them for the node exporter's textfile collector.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tracing::debug;

#[derive(Debug, Clone)]
pub struct Outcome {
    pub kind: String,
    pub ok: bool,
    pub millis: u64,
}

#[derive(Debug, Default, Clone)]
struct KindStats {
    ok: u64,
    failed: u64,
    total_millis: u64,
    output_bytes: u64,
}

pub struct Metrics {
    by_kind: Mutex<HashMap<String, KindStats>>,
    depth: RwLock<i64>,
    textfile: String,
}

impl Metrics {
    pub fn start() -> (Arc<Metrics>, Sender<Outcome>) {
        let metrics = Arc::new(Metrics {
            by_kind: Mutex::new(HashMap::new()),
            depth: RwLock::new(0),
            textfile: std::env::var("TASKQ_TEXTFILE").unwrap_or_else(|_| "/var/lib/node_exporter/taskq.prom".into()),
        });
        let (tx, rx) = mpsc::channel();
        let folding = metrics.clone();
        std::thread::Builder::new()
            .name("taskq-metrics".into())
            .spawn(move || fold(folding, rx))
            .expect("spawning the metrics thread");
        (metrics, tx)
    }

    pub fn record_output(&self, kind: &str, bytes: usize) {
        self.by_kind.lock().unwrap().entry(kind.to_owned()).or_default().output_bytes += bytes as u64;
    }

    pub fn depth_hint(&self) -> i64 {
        *self.depth.read().unwrap()
    }

    fn render(&self) -> String {
        let by_kind = self.by_kind.lock().unwrap();
        let mut out = String::new();
        for (kind, s) in by_kind.iter() {
            out.push_str(&format!("taskq_jobs_ok{{kind=\"{kind}\"}} {}\n", s.ok));
            out.push_str(&format!("taskq_jobs_failed{{kind=\"{kind}\"}} {}\n", s.failed));
        }
        out
    }

    /// Writes the textfile every 15 seconds.
    pub async fn export_loop(self: Arc<Self>) {
        loop {
            let text = self.render(); // OK: lock-across-await
            if let Err(e) = tokio::fs::write(&self.textfile, text).await {
                debug!(error = %e, "textfile not written");
            }
            tokio::time::sleep(Duration::from_secs(15)).await;
        }
    }

    pub async fn export_once(&self) -> std::io::Result<()> {
        let by_kind = self.by_kind.lock().unwrap(); // EXPECT: lock-across-await
        let lines: Vec<String> = by_kind.iter().map(|(k, s)| format!("taskq_output_bytes{{kind=\"{k}\"}} {}", s.output_bytes)).collect();
        tokio::fs::write(&self.textfile, lines.join("\n")).await
    }

    pub async fn set_depth(&self, queue: &crate::queue::Queue) -> anyhow::Result<()> {
        *self.depth.write().unwrap() = queue.count().await?; // OK: lock-across-await
        Ok(())
    }

    pub async fn refresh_depth(&self, queue: &crate::queue::Queue) -> anyhow::Result<()> {
        let n = queue.count().await?;
        *self.depth.write().unwrap() = n; // OK: lock-across-await
        Ok(())
    }
}

fn fold(metrics: Arc<Metrics>, rx: Receiver<Outcome>) {
    while let Ok(outcome) = rx.recv() { // OK: blocking-in-async
        let mut by_kind = metrics.by_kind.lock().unwrap();
        let stats = by_kind.entry(outcome.kind).or_default();
        if outcome.ok {
            stats.ok += 1;
        } else {
            stats.failed += 1;
        }
        stats.total_millis += outcome.millis;
    }
}

/// Drains outcomes that are already queued; used by the shutdown path.
pub async fn drain_pending(rx: &Receiver<Outcome>) -> usize {
    let mut n = 0;
    while rx.recv_timeout(Duration::from_millis(10)).is_ok() { // EXPECT: blocking-in-async
        n += 1;
    }
    while let Ok(_o) = rx.try_recv() { // OK: blocking-in-async
        n += 1;
    }
    n
}
