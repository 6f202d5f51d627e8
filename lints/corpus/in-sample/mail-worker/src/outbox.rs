//! The outbox: queued mail rows, claimed in batches with `FOR UPDATE SKIP LOCKED`, rendered on
//! the blocking pool and sent a bounded number at a time.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;

use crate::mailer::{Mailer, OutgoingMail};
use crate::templates::TemplateStore;
use crate::webhooks;

#[derive(sqlx::FromRow, Clone)]
pub struct QueuedMail {
    pub id: i64,
    pub recipient: String,
    pub template: String,
    pub locale: String,
    pub data: serde_json::Value,
    pub attempts: i32,
}

pub struct Outbox {
    pool: PgPool,
    in_flight: Arc<Semaphore>,
}

impl Outbox {
    pub fn new(pool: PgPool, concurrency: usize) -> Self {
        Self { pool, in_flight: Arc::new(Semaphore::new(concurrency)) }
    }

    async fn claim(&self, limit: i64) -> Vec<QueuedMail> {
        sqlx::query_as::<_, QueuedMail>(
            "UPDATE outbox SET claimed_at = now() WHERE id IN \
             (SELECT id FROM outbox WHERE claimed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, recipient, template, locale, data, attempts",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .unwrap_or_default()
    }

    async fn mark_sent(&self, id: i64, queue_id: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE outbox SET sent_at = now(), queue_id = $2 WHERE id = $1")
            .bind(id)
            .bind(queue_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn mark_failed(&self, id: i64, error: &str) {
        let result = sqlx::query("UPDATE outbox SET claimed_at = NULL, attempts = attempts + 1, last_error = $2 WHERE id = $1")
            .bind(id)
            .bind(error)
            .execute(&self.pool)
            .await;
        if let Err(e) = result {
            tracing::error!(id, error = %e, "could not release mail");
        }
    }

    /// Claims and sends until shutdown; each send runs in a task that holds a permit.
    pub async fn run(self: Arc<Self>, mailer: Arc<Mailer>, templates: Arc<TemplateStore>, shutdown: CancellationToken) {
        loop {
            let batch = tokio::select! {
                _ = shutdown.cancelled() => break,
                batch = self.claim(50) => batch,
            };
            if batch.is_empty() {
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
            for queued in batch {
                let Ok(permit) = self.in_flight.clone().acquire_owned().await else { return };
                let (outbox, mailer, templates) = (self.clone(), mailer.clone(), templates.clone());
                tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
                    let _permit = permit;
                    outbox.deliver(&mailer, &templates, queued).await;
                });
            }
        }
        // Wait for the sends in flight: they hold every permit between them.
        let _all = self.in_flight.acquire_many(self.in_flight.available_permits() as u32).await;
    }

    /// Renders and sends one mail, recording the outcome; never fails.
    async fn deliver(&self, mailer: &Mailer, templates: &Arc<TemplateStore>, queued: QueuedMail) {
        let store = templates.clone();
        let job = queued.clone();
        let rendered = tokio::task::spawn_blocking(move || store.render_mail(&job.template, &job.locale, &job.data)).await; // OK: block-on-in-async
        let (subject, html) = match rendered {
            Ok(Ok(parts)) => parts,
            Ok(Err(e)) => return self.mark_failed(queued.id, &e.to_string()).await,
            Err(e) => return self.mark_failed(queued.id, &e.to_string()).await,
        };
        let mail = OutgoingMail { id: queued.id, to: queued.recipient.clone(), subject, html };
        match mailer.send(&mail).await {
            Ok(queue_id) => {
                if let Err(e) = self.mark_sent(mail.id, &queue_id).await {
                    tracing::error!(id = mail.id, error = %e, "sent but not recorded");
                }
                webhooks::report_delivered(mail.id, queued.recipient);
            }
            Err(e) => self.mark_failed(mail.id, &e.to_string()).await,
        }
    }

    /// The admin "send now" button: one mail, rendered in place.
    pub async fn send_now(&self, mailer: &Mailer, templates: &TemplateStore, queued: QueuedMail) -> anyhow::Result<String> {
        let (subject, html) = templates.render_mail(&queued.template, &queued.locale, &queued.data)?; // EXPECT: block-on-in-async [mentions: subject_for]
        let mail = OutgoingMail { id: queued.id, to: queued.recipient, subject, html };
        Ok(mailer.send(&mail).await?)
    }

    /// Preview in the admin UI: only the subject line.
    pub async fn preview_subject(&self, templates: Arc<TemplateStore>, queued: QueuedMail) -> String {
        templates.subject_for(&queued.template, &queued.data) // EXPECT: block-on-in-async [mentions: blocking_lock]
    }

    /// Preview in the admin UI, the fixed version.
    pub async fn preview_subject_v2(&self, templates: Arc<TemplateStore>, queued: QueuedMail) -> String {
        tokio::task::spawn_blocking(move || templates.subject_for(&queued.template, &queued.data)) // OK: block-on-in-async
            .await
            .unwrap_or_default()
    }

    /// Re-sends every mail of a campaign that bounced soft, one task per mail, each logging
    /// its own outcome.
    pub async fn resend_soft_bounces(self: Arc<Self>, mailer: Arc<Mailer>, ids: Vec<i64>) {
        let permits = self.in_flight.clone();
        for id in ids {
            let Ok(permit) = permits.clone().acquire_owned().await else { break };
            let mailer = mailer.clone();
            let outbox = self.clone();
            let _ = tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
                let _permit = permit;
                let row = sqlx::query_as::<_, QueuedMail>("SELECT id, recipient, template, locale, data, attempts FROM outbox WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&outbox.pool)
                    .await;
                match row {
                    Ok(Some(queued)) => {
                        let mail = OutgoingMail { id, to: queued.recipient, subject: "Retry".into(), html: String::new() };
                        mailer.send_logged(&mail).await;
                    }
                    Ok(None) => tracing::debug!(id, "bounced mail already purged"),
                    Err(e) => tracing::warn!(id, error = %e, "lookup failed"),
                }
            });
        }
    }

    /// Deletes sent mail older than 30 days; returns how many rows went.
    pub async fn purge_sent(&self) -> sqlx::Result<u64> {
        let done = sqlx::query("DELETE FROM outbox WHERE sent_at < now() - interval '30 days'")
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// The nightly purge, kicked off by the scheduler.
    pub fn start_purge(self: &Arc<Self>) {
        let outbox = self.clone();
        tokio::spawn(async move { outbox.purge_sent().await }); // EXPECT: detached-spawn [mentions: purge_sent] // OK: untracked-spawn
    }

    /// The nightly purge, with the outcome logged.
    pub fn start_purge_logged(self: &Arc<Self>) {
        let outbox = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            match outbox.purge_sent().await {
                Ok(rows) => tracing::info!(rows, "purged sent mail"),
                Err(e) => tracing::error!(error = %e, "purge failed"),
            }
        });
    }
}
