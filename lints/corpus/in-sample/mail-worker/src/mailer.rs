//! SMTP delivery through lettre's async transport. One `Mailer` is shared by every send.

use lettre::message::header::ContentType;
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("bad address {0}")]
    Address(String),
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("building message: {0}")]
    Build(#[from] lettre::error::Error),
}

pub struct OutgoingMail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub html: String,
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: String,
}

impl Mailer {
    pub fn connect(host: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::relay(host)?.build();
        Ok(Self { transport, from: "Notifications <no-reply@example.com>".into() })
    }

    /// Sends one mail; returns the server's queue id.
    pub async fn send(&self, mail: &OutgoingMail) -> Result<String, MailError> {
        let message = Message::builder()
            .from(self.from.parse().map_err(|_| MailError::Address(self.from.clone()))?)
            .to(mail.to.parse().map_err(|_| MailError::Address(mail.to.clone()))?)
            .subject(&mail.subject)
            .header(ContentType::TEXT_HTML)
            .body(mail.html.clone())?;
        let response = self.transport.send(message).await?;
        Ok(response.message().collect::<Vec<_>>().join(" "))
    }

    /// Sends and logs the outcome; for mail nobody retries (digests, alerts).
    pub async fn send_logged(&self, mail: &OutgoingMail) {
        match self.send(mail).await {
            Ok(queue_id) => tracing::info!(id = mail.id, %queue_id, "sent"),
            Err(e) => tracing::warn!(id = mail.id, error = %e, "send failed"),
        }
    }

    pub async fn test_connection(&self) -> bool {
        self.transport.test_connection().await.unwrap_or(false)
    }
}
