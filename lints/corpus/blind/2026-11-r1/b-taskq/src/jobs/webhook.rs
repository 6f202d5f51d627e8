//! The `webhook` job: POSTs the payload to the subscriber's URL, signed with the shared secret.

use crate::queue::{Job, Queue};

fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut hasher = blake3::Hasher::new_keyed(&blake3::derive_key("taskq webhook", secret));
    hasher.update(body); // OK: unawaited-future
    hasher.finalize().to_hex().to_string()
}

pub async fn deliver(queue: &Queue, job: &Job) -> anyhow::Result<()> {
    let url = job.payload["url"].as_str().ok_or_else(|| anyhow::anyhow!("missing url"))?.to_owned();
    let body = serde_json::to_vec(&job.payload["body"])?;
    let signature = sign(std::env::var("TASKQ_WEBHOOK_SECRET")?.as_bytes(), &body);
    super::update(queue, job, 10); // EXPECT: unawaited-future
    let status = tokio::task::spawn_blocking(move || -> anyhow::Result<u16> {
        let resp = ureq::post(&url).set("x-taskq-signature", &signature).send_bytes(&body)?; // OK: blocking-in-async
        Ok(resp.status())
    })
    .await??;
    if status >= 300 {
        anyhow::bail!("subscriber answered {status}");
    }
    super::update(queue, job, 100).await // OK: unawaited-future
}
