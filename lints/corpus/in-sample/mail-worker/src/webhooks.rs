//! Delivery callbacks to the product backend: "mail 123 delivered / bounced". Callbacks are
//! best effort; failed ones are written to a table and retried by a background task.

use std::time::Duration;

use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

#[derive(serde::Serialize)]
struct Callback<'a> {
    mail_id: i64,
    recipient: &'a str,
    status: &'a str,
}

#[derive(Clone)]
pub struct DeliveryHooks {
    client: reqwest::Client,
    url: String,
}

impl DeliveryHooks {
    pub fn new(url: String) -> Self {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap_or_default();
        Self { client, url }
    }

    pub async fn post(&self, mail_id: i64, recipient: &str, status: &str) -> reqwest::Result<()> {
        self.client
            .post(&self.url)
            .json(&Callback { mail_id, recipient, status })
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// A bounce is reported without waiting for the backend.
    pub fn report_bounce(&self, mail_id: i64, recipient: String) {
        let hooks = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            if let Err(e) = hooks.post(mail_id, &recipient, "bounced").await {
                tracing::warn!(mail_id, error = %e, "bounce callback failed");
            }
        });
    }

    /// A complaint (spam report) is forwarded as is.
    pub fn report_complaint(&self, mail_id: i64, raw: String) {
        let client = self.client.clone();
        let url = format!("{}/complaints", self.url);
        tokio::spawn(async move { client.post(url).body(raw).send().await }); // EXPECT: detached-spawn [mentions: send] // OK: untracked-spawn
        tracing::debug!(mail_id, "complaint forwarded");
    }

    /// Unsubscribes are forwarded with the same client.
    pub fn report_unsubscribe(&self, recipient: &str) {
        let request = self.client.post(format!("{}/unsubscribe", self.url)).json(&serde_json::json!({ "recipient": recipient }));
        tokio::spawn(request.send()); // EXPECT: detached-spawn [mentions: send] // OK: untracked-spawn
    }

    /// Retries the callbacks that failed, every minute, until shutdown.
    pub async fn retry_failed(self, pool: PgPool, shutdown: CancellationToken) {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tick.tick() => {}
            }
            let rows: Vec<(i64, String, String)> = sqlx::query_as("SELECT mail_id, recipient, status FROM failed_callbacks LIMIT 100")
                .fetch_all(&pool)
                .await
                .unwrap_or_default();
            for (mail_id, recipient, status) in rows {
                if self.post(mail_id, &recipient, &status).await.is_ok() {
                    let _ = sqlx::query("DELETE FROM failed_callbacks WHERE mail_id = $1").bind(mail_id).execute(&pool).await;
                }
            }
        }
    }
}

/// Called by the outbox after each send: the "delivered" callback, from a fresh client.
pub fn report_delivered(mail_id: i64, recipient: String) {
    let hooks = DeliveryHooks::new(std::env::var("DELIVERY_WEBHOOK").unwrap_or_default());
    tokio::spawn(async move { hooks.post(mail_id, &recipient, "delivered").await }); // EXPECT: detached-spawn [mentions: reqwest::Result] // OK: untracked-spawn
}
