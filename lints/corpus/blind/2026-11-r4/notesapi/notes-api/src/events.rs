//! Note events for subscribers, and the audit log.

use std::io::Write;

use tokio::sync::mpsc;

#[derive(Debug, Clone)]
pub enum Event {
    Created(u64),
    Deleted(u64),
}

#[derive(Debug)]
pub struct AuditLine(pub String);

async fn deliver(event: Event) -> anyhow::Result<()> {
    tracing::debug!(?event, "delivered");
    Ok(())
}

/// One delivery task per event; each logs its own failure.
pub async fn publish(mut events: mpsc::Receiver<Event>) {
    while let Some(event) = events.recv().await {
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if let Err(err) = deliver(event).await {
                tracing::warn!("event delivery failed: {err}");
            }
        });
    }
}

/// Append each audit line to the log file, for the life of the service.
pub async fn write_audit_log(mut lines: mpsc::UnboundedReceiver<AuditLine>) -> anyhow::Result<()> {
    let mut file = std::fs::OpenOptions::new().append(true).create(true).open("audit.log")?; // EXPECT: blocking-in-async
    while let Some(AuditLine(line)) = lines.recv().await {
        writeln!(file, "{line}")?;
    }
    Ok(())
}
