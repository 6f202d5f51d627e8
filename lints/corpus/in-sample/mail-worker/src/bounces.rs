//! Bounce processing: the MTA writes bounce notices into `bounce_inbox`; this task reads them,
//! marks the recipients, and reports each bounce to the product.

use std::time::Duration;

use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use crate::webhooks::DeliveryHooks;

#[derive(sqlx::FromRow)]
struct BounceNotice {
    id: i64,
    mail_id: i64,
    recipient: String,
    hard: bool,
}

/// Polls the bounce inbox until shutdown.
pub async fn watch(pool: PgPool, shutdown: CancellationToken) {
    let hooks = DeliveryHooks::new(std::env::var("DELIVERY_WEBHOOK").unwrap_or_default());
    while !shutdown.is_cancelled() {
        let notices: Vec<BounceNotice> = sqlx::query_as("SELECT id, mail_id, recipient, hard FROM bounce_inbox ORDER BY id LIMIT 200")
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
        for notice in &notices {
            if notice.hard {
                suppress(&pool, &notice.recipient).await;
            }
            hooks.report_bounce(notice.mail_id, notice.recipient.clone());
            let _ = sqlx::query("DELETE FROM bounce_inbox WHERE id = $1").bind(notice.id).execute(&pool).await;
        }
        if notices.is_empty() {
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    }
}

async fn suppress(pool: &PgPool, recipient: &str) {
    let result = sqlx::query("INSERT INTO suppressions (recipient) VALUES ($1) ON CONFLICT DO NOTHING")
        .bind(recipient)
        .execute(pool)
        .await;
    if let Err(e) = result {
        tracing::error!(%recipient, error = %e, "could not suppress");
    }
}

/// Loads the suppression list into the cache at startup and keeps it fresh.
pub fn start_suppression_sync(pool: PgPool) {
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
        loop {
            let count: Result<(i64,), _> = sqlx::query_as("SELECT count(*) FROM suppressions").fetch_one(&pool).await;
            match count {
                Ok((n,)) => tracing::debug!(n, "suppression list size"),
                Err(e) => tracing::warn!(error = %e, "suppression count failed"),
            }
            tokio::time::sleep(Duration::from_secs(300)).await;
        }
    });
}

/// Imports one bounce file uploaded by the postmaster, in the background.
pub fn import_bounce_file(pool: PgPool, path: std::path::PathBuf) {
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: `Result`] // OK: untracked-spawn
        let text = tokio::fs::read_to_string(&path).await?;
        for line in text.lines().filter(|line| !line.is_empty()) {
            sqlx::query("INSERT INTO bounce_inbox (mail_id, recipient, hard) VALUES (0, $1, true)")
                .bind(line)
                .execute(&pool)
                .await?;
        }
        tracing::info!(path = %path.display(), "bounce file imported");
        Ok::<(), anyhow::Error>(())
    });
}
