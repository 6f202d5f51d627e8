//! `thumbnail` jobs: render a preview with ImageMagick.

use std::process::Command;

use super::Handler;
use crate::Job;

pub struct Thumbnail {
    pub convert: String,
}

impl Handler for Thumbnail {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let source = job.payload["source"].as_str().unwrap_or_default().to_string();
        let rendered = Command::new(&self.convert).arg(&source).arg("-resize").arg("256x256").output()?; // EXPECT: blocking-in-async
        anyhow::ensure!(rendered.status.success(), "convert failed on {source}");
        let convert = self.convert.clone();
        let output = tokio::task::spawn_blocking(move || Command::new(convert).arg("-version").output()).await??; // OK: blocking-in-async
        tracing::debug!(version = %String::from_utf8_lossy(&output.stdout), "rendered");
        Ok(())
    }

    async fn on_failure(&self, job: &Job, error: &anyhow::Error) {
        tracing::error!(id = job.id, "thumbnail failed: {error}");
    }

    fn kind(&self) -> &'static str {
        "thumbnail"
    }
}
