//! Release announcements to the team chat.

use std::sync::Arc;

use tokio::sync::{mpsc, Mutex, RwLock};

pub struct Notifier {
    pub client: reqwest::Client,
    pub webhook: String,
    pub sent: Mutex<Vec<String>>,
    pub status: RwLock<String>,
    pub outbox: mpsc::Sender<String>,
}

impl Notifier {
    pub async fn post(&self, text: &str) -> anyhow::Result<()> {
        self.client.post(&self.webhook).json(&serde_json::json!({ "text": text })).send().await?;
        self.sent.lock().await.push(text.to_string()); // OK: lock-across-await
        Ok(())
    }

    pub async fn announce(&self, version: &str) {
        self.post(&format!("released {version}")); // EXPECT: unawaited-future
        let _ = self.client.post(&self.webhook).body(version.to_string()).send(); // EXPECT: unawaited-future
    }

    pub async fn record(&self, line: String) {
        let mut sent = self.sent.blocking_lock(); // EXPECT: block-on-in-async
        sent.push(line);
    }

    pub async fn set_status(&self, status: &str) {
        *self.status.blocking_write() = status.to_string(); // EXPECT: block-on-in-async
    }

    pub async fn set_status_properly(&self, status: &str) {
        *self.status.write().await = status.to_string();
    }

    pub async fn queue(&self, line: String) {
        self.outbox.blocking_send(line).ok(); // EXPECT: block-on-in-async
    }

    pub async fn drain_outbox(&self, mut rx: mpsc::Receiver<String>) {
        while let Some(line) = rx.blocking_recv() { // EXPECT: block-on-in-async
            self.post(&line).await.ok();
        }
    }

    pub async fn flush_now(&self) {
        let text = self.sent.lock().await.join("\n");
        tokio::runtime::Handle::current().block_on(self.post(&text)).ok(); // EXPECT: block-on-in-async
    }

    pub async fn reply_status(&self, reply: tokio::sync::oneshot::Receiver<String>) {
        let status = reply.blocking_recv().unwrap_or_default(); // EXPECT: block-on-in-async
        *self.status.write().await = status;
    }

    pub fn queue_from_thread(self: Arc<Self>, line: String) {
        std::thread::spawn(move || self.outbox.blocking_send(line).ok()); // OK: block-on-in-async
    }
}
