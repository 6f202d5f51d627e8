//! The metric registry: the latest sample of every series, rendered on request.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
pub struct Registry {
    samples: Mutex<BTreeMap<String, f64>>,
}

impl Registry {
    pub fn set(&self, name: &str, value: f64) {
        self.samples.lock().unwrap().insert(name.to_string(), value);
    }

    pub fn render(&self) -> String {
        let samples = self.samples.lock().unwrap();
        samples.iter().map(|(name, value)| format!("{name} {value}\n")).collect()
    }

    pub async fn flush_to_disk(&self) {
        let text = self.render(); // OK: blocking-in-async
        tokio::fs::write("metrics.prom", text).await.ok();
    }

    pub async fn flush_legacy(&self) {
        let text = self.render();
        write_textfile("/var/lib/node_exporter/textfile/app.prom", &text); // EXPECT: blocking-in-async [mentions: std::fs]
    }
}

/// node_exporter's textfile collector format: write to a temp file, then rename.
fn write_textfile(path: &str, text: &str) {
    let tmp = format!("{path}.tmp");
    std::fs::write(&tmp, text).ok(); // OK: blocking-in-async
    std::fs::rename(&tmp, path).ok(); // OK: blocking-in-async
}

pub async fn push_to_gateway(registry: Arc<Registry>) {
    let mut ticker = tokio::time::interval(Duration::from_secs(60));
    loop {
        ticker.tick().await;
        let body = registry.render();
        let socket = std::net::TcpStream::connect("pushgateway:9091"); // EXPECT: blocking-in-async
        if let Err(err) = socket {
            tracing::warn!(%err, "pushgateway unreachable");
            continue;
        }
        tracing::debug!(bytes = body.len(), "pushed");
    }
}
