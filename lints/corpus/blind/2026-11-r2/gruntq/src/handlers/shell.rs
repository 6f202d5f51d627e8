//! `shell` jobs: run a command from the job's payload in a scratch directory.

use std::path::PathBuf;

use super::Handler;
use crate::job::Job;

pub struct ShellHandler {
    scratch: PathBuf,
}

impl ShellHandler {
    pub fn new(scratch: PathBuf) -> Self {
        ShellHandler { scratch }
    }

    fn command_of(job: &Job) -> anyhow::Result<Vec<String>> {
        Ok(serde_json::from_value(job.payload["argv"].clone())?)
    }
}

impl Handler for ShellHandler {
    async fn handle(&self, job: &Job) -> anyhow::Result<()> {
        let argv = Self::command_of(job)?;
        let (program, args) = argv.split_first().ok_or_else(|| anyhow::anyhow!("empty argv"))?;
        let dir = self.scratch.join(job.id.to_string());
        std::fs::create_dir_all(&dir)?; // OK: blocking-in-async
        let out = std::process::Command::new(program).args(args).current_dir(&dir).output()?; // EXPECT: blocking-in-async
        anyhow::ensure!(out.status.success(), "exit {}: {}", out.status, String::from_utf8_lossy(&out.stderr));
        Ok(())
    }

    async fn cleanup(&self, job: &Job) {
        let dir = self.scratch.join(job.id.to_string());
        if let Err(e) = tokio::fs::remove_dir_all(&dir).await {
            tracing::debug!(?dir, "cleanup: {e}");
        }
    }

    fn kind(&self) -> &'static str {
        "shell"
    }
}

/// The async flavour used by the `shell2` kind.
pub async fn run_async(argv: &[String], dir: &std::path::Path) -> anyhow::Result<std::process::Output> {
    let (program, args) = argv.split_first().ok_or_else(|| anyhow::anyhow!("empty argv"))?;
    let out = tokio::process::Command::new(program).args(args).current_dir(dir).output().await?; // OK: blocking-in-async
    Ok(out)
}
