//! The campaign report: counts per outcome, printed and uploaded to the provider's campaign log.

use std::sync::Arc;

use serde::Serialize;

use crate::send::{MessageId, Sender};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub template: String,
    pub sent: usize,
    pub failed: usize,
    pub errors: Vec<String>,
}

impl Report {
    pub fn from_outcome(template: &str, outcome: &[anyhow::Result<MessageId>]) -> Self {
        let errors: Vec<String> = outcome
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| format!("{e:#}"))
            .take(20)
            .collect();
        let failed = outcome.iter().filter(|r| r.is_err()).count();
        Self { template: template.to_owned(), sent: outcome.len() - failed, failed, errors }
    }

    pub fn print(&self) {
        println!("{}: {} sent, {} failed", self.template, self.sent, self.failed);
        for e in &self.errors {
            println!("  {e}");
        }
    }
}

pub async fn upload(sender: Arc<Sender>, report: Report) -> anyhow::Result<()> {
    sender
        .http()
        .post("https://api.mailer.example/v3/campaign-log")
        .bearer_auth(sender.auth())
        .json(&report)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
