//! Delivery counters, pushed to a metrics gateway.

use tokio::sync::mpsc;

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counters {
    pub received: u64,
    pub delivered: u64,
    pub failed: u64,
}

pub async fn push_loop(url: String, mut rx: mpsc::Receiver<Counters>) -> anyhow::Result<()> {
    let http = reqwest::Client::new();
    while let Some(c) = rx.recv().await {
        http.post(&url).json(&c).send().await?.error_for_status()?;
    }
    Ok(())
}
