//! The built-in job handlers and the task that answers payload requests from the bridge.

mod email;
#[path = "thumbs.rs"]
mod thumbnail;
mod webhook;

use tokio::sync::{mpsc, oneshot};
use tracing::warn;

use crate::queue::{Job, Queue};

pub async fn run_builtin(queue: &Queue, job: &Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        "email" => email::send(job).await,
        "thumbnail" => thumbnail::render(job).await,
        "webhook" => webhook::deliver(queue, job).await,
        other => anyhow::bail!("unknown built-in kind {other}"),
    }
}

/// Records a handler's progress on the job row.
pub async fn update(queue: &Queue, job: &Job, percent: u8) -> anyhow::Result<()> {
    let payload = serde_json::json!({ "job": job.id, "percent": percent });
    queue.push("progress", payload).await?;
    Ok(())
}

/// Answers the bridge's payload requests until every sender is gone.
pub async fn answer_payload_requests(queue: Queue, mut rx: mpsc::Receiver<(i64, oneshot::Sender<serde_json::Value>)>) {
    while let Some((id, reply)) = rx.recv().await {
        let payload = serde_json::json!({ "id": id, "depth": queue.count().await.unwrap_or(-1) });
        if reply.send(payload).is_err() { // OK: unawaited-future
            warn!(id, "payload requester went away");
        }
    }
}
