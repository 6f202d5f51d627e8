//! Posting results to the team's dashboard.

use std::sync::Arc;

use tokio::sync::{Mutex, mpsc};

pub async fn upload_report(text: String) -> anyhow::Result<()> {
    reqwest::Client::new().post("https://dash.internal/reports").body(text).send().await?;
    Ok(())
}

pub struct Progress {
    pub lines: Arc<Mutex<Vec<String>>>,
    pub events: mpsc::Sender<String>,
}

impl Progress {
    /// Called from the benchmark runner thread.
    pub fn record_sync(&self, line: String) {
        self.lines.blocking_lock().push(line.clone());
        let _ = self.events.blocking_send(line);
    }

    pub async fn record(&self, line: String) {
        self.lines.lock().await.push(line);
    }
}
