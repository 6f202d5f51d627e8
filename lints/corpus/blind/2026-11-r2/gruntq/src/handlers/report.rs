//! `report` jobs: render a CSV report from a query and write it to the scratch directory.

use std::io::Write;
use std::path::PathBuf;

use super::Handler;
use crate::job::Job;

pub struct ReportHandler {
    out_dir: PathBuf,
}

impl ReportHandler {
    pub fn new(out_dir: PathBuf) -> Self {
        ReportHandler { out_dir }
    }
}

fn render(rows: &[serde_json::Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for row in rows {
        let _ = writeln!(out, "{row}");
    }
    out
}

impl Handler for ReportHandler {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let rows: Vec<serde_json::Value> = serde_json::from_value(job.payload["rows"].clone())?;
        let path = self.out_dir.join(format!("{}.csv", job.id));
        let bytes = render(&rows);
        let written = tokio::task::spawn_blocking(move || { // OK: blocking-in-async
            let mut file = std::fs::File::create(&path)?; // OK: blocking-in-async
            file.write_all(&bytes)?; // OK: blocking-in-async
            file.sync_all()
        })
        .await?;
        written?;
        Ok(())
    }

    async fn cleanup(&self, _job: &Job) {}

    fn kind(&self) -> &'static str {
        "report"
    }
}
