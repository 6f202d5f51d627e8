//! Job records and their handlers.

use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: u32,
}

impl Job {
    pub fn backoff(&self) -> Duration {
        Duration::from_secs(2u64.pow(self.attempts.min(8)))
    }
}

/// Runs one job. Thumbnails shell out to ImageMagick; e-mails go through the relay.
pub async fn execute(job: &Job) -> Result<(), String> {
    match job.kind.as_str() {
        "thumbnail" => {
            let path = job.payload["path"].as_str().unwrap_or_default().to_string();
            let output = std::process::Command::new("convert").arg(&path).arg("-resize").arg("128x128").output(); // EXPECT: blocking-in-async
            output.map(|_| ()).map_err(|e| e.to_string())
        }
        "thumbnail-v2" => {
            let path = job.payload["path"].as_str().unwrap_or_default().to_string();
            let status = tokio::process::Command::new("convert").arg(&path).status().await; // OK: blocking-in-async
            status.map(|_| ()).map_err(|e| e.to_string())
        }
        "report" => {
            let rows = job.payload["rows"].as_u64().unwrap_or(0);
            let rendered = tokio::task::spawn_blocking(move || render_report(rows)).await; // OK: blocking-in-async
            rendered.map_err(|e| e.to_string())?
        }
        "cleanup" => {
            let dir = job.payload["dir"].as_str().unwrap_or("/tmp/jobs").to_string();
            std::fs::remove_dir_all(&dir).map_err(|e| e.to_string()) // EXPECT: blocking-in-async
        }
        _ => Err(format!("unknown job kind {}", job.kind)),
    }
}

fn render_report(rows: u64) -> Result<(), String> {
    let body = (0..rows).map(|i| format!("row {i}\n")).collect::<String>();
    std::fs::write("report.txt", body).map_err(|e| e.to_string()) // OK: blocking-in-async
}
