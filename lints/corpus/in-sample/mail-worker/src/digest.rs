//! The daily digest: at 07:00 UTC, one mail per subscriber summarising yesterday's events.

use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use sqlx::PgPool;

use crate::mailer::{Mailer, OutgoingMail};
use crate::templates::TemplateStore;

#[derive(sqlx::FromRow)]
struct Subscriber {
    id: i64,
    email: String,
    locale: String,
}

/// Waits for 07:00 every day and sends the digest; a database error ends the schedule.
pub async fn schedule(pool: PgPool, mailer: Arc<Mailer>, templates: Arc<TemplateStore>) -> anyhow::Result<()> {
    loop {
        tokio::time::sleep(until_next_run()).await;
        let subscribers: Vec<Subscriber> = sqlx::query_as("SELECT id, email, locale FROM digest_subscribers")
            .fetch_all(&pool)
            .await?;
        send_all(&mailer, &templates, subscribers).await;
    }
}

fn until_next_run() -> Duration {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let seven = 7 * 3600;
    let today = now % 86_400;
    Duration::from_secs(if today < seven { seven - today } else { 86_400 - today + seven })
}

/// Renders every digest on the blocking pool and sends eight at a time.
async fn send_all(mailer: &Mailer, templates: &Arc<TemplateStore>, subscribers: Vec<Subscriber>) {
    stream::iter(subscribers)
        .map(|subscriber| async move {
            let store = templates.clone();
            let locale = subscriber.locale.clone();
            let rendered = tokio::task::spawn_blocking(move || store.render_mail("digest", &locale, &serde_json::Value::Null)).await; // OK: block-on-in-async
            if let Ok(Ok((subject, html))) = rendered {
                mailer.send_logged(&OutgoingMail { id: subscriber.id, to: subscriber.email, subject, html }).await;
            }
        })
        .buffer_unordered(8) // OK: unbounded-gather
        .collect::<Vec<()>>()
        .await;
}

/// The "send me a preview" button of the digest editor.
pub async fn preview(mailer: &Mailer, templates: &TemplateStore, email: String) {
    let rendered = templates.render_mail("digest", "en", &serde_json::Value::Null); // EXPECT: block-on-in-async [mentions: render_mail]
    match rendered {
        Ok((subject, html)) => mailer.send_logged(&OutgoingMail { id: 0, to: email, subject, html }).await,
        Err(e) => tracing::warn!(error = %e, "digest preview failed"),
    }
}

/// Translation check run by the digest editor before saving.
pub async fn check_translations(templates: Arc<TemplateStore>, locales: Vec<String>) -> Vec<String> {
    let check = move || {
        locales
            .iter()
            .map(|locale| templates.translate("greeting", locale)) // OK: block-on-in-async
            .collect::<Vec<_>>()
    };
    tokio::task::spawn_blocking(check).await.unwrap_or_default()
}

/// Same check, for a single locale typed into the editor.
pub async fn check_translation(templates: Arc<TemplateStore>, locale: String) -> String {
    templates.translate("greeting", &locale) // EXPECT: block-on-in-async [mentions: block_on]
}
