//! The control plane: heartbeats, job assignments and status reports over HTTPS.

use std::time::Duration;

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Job {
    pub id: u64,
    pub kind: String,
    pub path: Option<String>,
}

#[derive(Clone)]
pub struct ControlPlane {
    client: reqwest::Client,
    base: String,
    host: String,
}

impl ControlPlane {
    pub fn new(base: String, host: String) -> Self {
        Self { client: reqwest::Client::new(), base, host }
    }

    pub async fn heartbeat(&self) -> reqwest::Result<()> {
        self.client.post(format!("{}/hosts/{}/heartbeat", self.base, self.host)).send().await?.error_for_status()?;
        Ok(())
    }

    pub async fn next_jobs(&self) -> reqwest::Result<Vec<Job>> {
        self.client.get(format!("{}/hosts/{}/jobs", self.base, self.host)).send().await?.json().await
    }

    pub async fn report(&self, job: u64, status: &str) {
        let url = format!("{}/jobs/{job}/status", self.base);
        let sent = self.client.post(url).json(&serde_json::json!({ "status": status })).send().await;
        if let Err(e) = sent {
            tracing::warn!(job, error = %e, "status report lost");
        }
    }

    /// Heartbeats every 30 seconds, for the life of the agent.
    pub async fn heartbeat_forever(self) {
        loop {
            if let Err(e) = self.heartbeat().await {
                tracing::warn!(error = %e, "heartbeat failed");
            }
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    }
}
