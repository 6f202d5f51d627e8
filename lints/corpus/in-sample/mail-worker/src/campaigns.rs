//! Marketing campaigns: an operator schedules a campaign, the worker expands its audience
//! into outbox rows in pages, and reports progress to the campaign dashboard.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::mailer::{Mailer, OutgoingMail};

#[derive(Debug, thiserror::Error)]
pub enum CampaignError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("campaign {0} was cancelled")]
    Cancelled(i64),
}

pub struct Campaigns {
    pool: PgPool,
    mailer: Arc<Mailer>,
    dashboard: reqwest::Client,
    dashboard_url: String,
    running: tokio::sync::Mutex<Vec<JoinHandle<()>>>,
}

impl Campaigns {
    pub fn new(pool: PgPool, mailer: Arc<Mailer>, dashboard_url: String) -> Self {
        Self { pool, mailer, dashboard: reqwest::Client::new(), dashboard_url, running: Default::default() }
    }

    /// Expands one page of the audience into outbox rows; returns how many were queued.
    async fn expand_page(&self, campaign: i64, after: i64) -> Result<(i64, u64), CampaignError> {
        let rows: Vec<(i64,)> = sqlx::query_as("SELECT id FROM audience WHERE campaign = $1 AND id > $2 ORDER BY id LIMIT 1000")
            .bind(campaign)
            .bind(after)
            .fetch_all(&self.pool)
            .await?;
        let last = rows.last().map(|r| r.0).unwrap_or(after);
        let queued = sqlx::query("INSERT INTO outbox (recipient, template) SELECT email, 'campaign' FROM audience WHERE campaign = $1 AND id > $2 AND id <= $3")
            .bind(campaign)
            .bind(after)
            .bind(last)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok((last, queued))
    }

    /// Expands the whole audience, page by page, until done or cancelled.
    pub async fn expand(&self, campaign: i64, cancel: CancellationToken) -> Result<u64, CampaignError> {
        let mut after = 0;
        let mut total = 0;
        loop {
            if cancel.is_cancelled() {
                return Err(CampaignError::Cancelled(campaign));
            }
            let (last, queued) = self.expand_page(campaign, after).await?;
            if queued == 0 {
                return Ok(total);
            }
            total += queued;
            after = last;
        }
    }

    /// "Start" on the dashboard: the expansion runs in the background.
    pub fn start(self: &Arc<Self>, campaign: i64, cancel: CancellationToken) {
        let campaigns = self.clone();
        tokio::spawn(async move { campaigns.expand(campaign, cancel).await }); // EXPECT: detached-spawn [mentions: expand] // OK: untracked-spawn
    }

    /// "Start" since 1.6: the outcome goes to the dashboard.
    pub async fn start_reported(self: &Arc<Self>, campaign: i64, cancel: CancellationToken) {
        let campaigns = self.clone();
        let task = tokio::spawn(async move { // OK: untracked-spawn, detached-spawn
            let outcome = campaigns.expand(campaign, cancel).await;
            campaigns.report(campaign, outcome.map_err(|e| e.to_string())).await;
        });
        self.running.lock().await.push(task);
    }

    async fn report(&self, campaign: i64, outcome: Result<u64, String>) {
        let body = match outcome {
            Ok(queued) => serde_json::json!({ "campaign": campaign, "queued": queued }),
            Err(e) => serde_json::json!({ "campaign": campaign, "error": e }),
        };
        let sent = self.dashboard.post(&self.dashboard_url).json(&body).send().await;
        if let Err(e) = sent {
            tracing::warn!(campaign, error = %e, "dashboard report lost");
        }
    }

    /// The dashboard's progress bar polls this; a task keeps the number fresh.
    pub fn track_progress(self: &Arc<Self>, campaign: i64, progress: tokio::sync::watch::Sender<i64>) {
        let campaigns = self.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut tick = tokio::time::interval(Duration::from_secs(5));
            loop {
                tick.tick().await;
                let sent: Result<(i64,), _> = sqlx::query_as("SELECT count(*) FROM outbox WHERE campaign = $1 AND sent_at IS NOT NULL")
                    .bind(campaign)
                    .fetch_one(&campaigns.pool)
                    .await;
                match sent {
                    Ok((n,)) if progress.send(n).is_ok() => {}
                    Ok(_) => break,
                    Err(e) => tracing::warn!(campaign, error = %e, "progress query failed"),
                }
            }
        });
    }

    /// Test sends to the campaign's reviewers, four at a time, each logging its outcome.
    pub async fn send_proofs(&self, reviewers: Vec<String>, html: String) {
        let limit = Arc::new(Semaphore::new(4));
        let mut sends = Vec::new();
        for reviewer in reviewers {
            let permit = limit.clone().acquire_owned().await;
            let mailer = self.mailer.clone();
            let html = html.clone();
            sends.push(tokio::spawn(async move { // OK: untracked-spawn, detached-spawn, unbounded-gather
                let _permit = permit;
                mailer.send_logged(&OutgoingMail { id: 0, to: reviewer, subject: "[proof]".into(), html }).await;
            }));
        }
        for send in sends {
            let _ = send.await;
        }
    }

    /// Sends the "campaign finished" mail to its owner once the expansion says so.
    pub fn notify_owner_when_done(&self, owner: String, done: oneshot::Receiver<u64>) {
        let mailer = self.mailer.clone();
        let _notify = tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let Ok(queued) = done.await else { return };
            let mail = OutgoingMail { id: 0, to: owner, subject: format!("{queued} mails queued"), html: String::new() };
            mailer.send_logged(&mail).await;
        });
    }

    /// Unsubscribe links hit this; the row is deleted in the background.
    pub fn unsubscribe(&self, email: String) {
        let pool = self.pool.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn [mentions: `Result`] // OK: untracked-spawn
            sqlx::query("DELETE FROM audience WHERE email = $1").bind(&email).execute(&pool).await?;
            tracing::info!(%email, "unsubscribed");
            Ok::<_, sqlx::Error>(())
        });
    }

    /// Forwards replies to a campaign to its owner, until the reply channel closes.
    pub fn forward_replies(&self, owner: String, mut replies: mpsc::Receiver<String>) {
        let mailer = self.mailer.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            while let Some(reply) = replies.recv().await {
                mailer.send_logged(&OutgoingMail { id: 0, to: owner.clone(), subject: "Reply to your campaign".into(), html: reply }).await;
            }
        });
    }

    /// Pauses every running campaign: their tasks are aborted and joined.
    pub async fn pause_all(&self) {
        let tasks: Vec<JoinHandle<()>> = self.running.lock().await.drain(..).collect();
        for task in &tasks {
            task.abort();
        }
        for task in tasks {
            let _ = task.await;
        }
    }
}
