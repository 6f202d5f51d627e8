//! Outbound notifications: webhooks to merchants and e-mail receipts through the mail relay.
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::spawn;
use tokio::task::{JoinHandle, JoinSet, LocalSet};
use tracing::{debug, info, warn};

pub async fn send_webhook(url: String, body: String) -> anyhow::Result<u16> {
    let resp = reqwest::Client::new().post(&url).body(body).send().await?;
    Ok(resp.status().as_u16())
}

pub struct Notifier {
    hooks: Vec<String>,
    running: Mutex<Vec<JoinHandle<()>>>,
    relay: Arc<mail::Relay>,
}

impl Notifier {
    pub async fn deliver_receipt(&self, to: &str, html: &str) -> anyhow::Result<()> {
        self.relay.send_mail(to, "Your receipt", html).await?;
        Ok(())
    }

    pub async fn retry_later(id: u64) {
        tokio::time::sleep(Duration::from_secs(30)).await;
        debug!(id, "retrying notification");
    }

    pub async fn order_placed(&self, id: u64, email: &str) {
        for hook in &self.hooks {
            send_webhook(hook.clone(), format!("{{\"order\":{id}}}")); // EXPECT: unawaited-future
        }
        self.deliver_receipt(email, "<p>thanks</p>"); // EXPECT: unawaited-future
        Self::retry_later(id); // EXPECT: unawaited-future
        let _ = tokio::time::sleep(Duration::from_millis(1)); // EXPECT: unawaited-future
        tokio::fs::create_dir_all("/var/spool/receipts"); // EXPECT: unawaited-future
    }

    pub async fn order_placed_each(&self, id: u64) {
        self.hooks.iter().for_each(|hook| {
            send_webhook(hook.clone(), id.to_string()); // EXPECT: unawaited-future
        });
    }

    pub async fn order_shipped(&self, id: u64) -> anyhow::Result<()> {
        let first = send_webhook(self.hooks[0].clone(), id.to_string()); // OK: unawaited-future
        let status = tokio::time::timeout(Duration::from_secs(5), first).await??;
        let mut set = JoinSet::new();
        for hook in self.hooks.iter().skip(1).take(3) {
            set.spawn(send_webhook(hook.clone(), id.to_string())); // OK: unawaited-future // OK: detached-spawn
        }
        let mut pinned: Vec<Pin<Box<dyn Future<Output = anyhow::Result<u16>> + Send>>> = Vec::new();
        pinned.push(Box::pin(send_webhook("https://audit.internal".into(), id.to_string()))); // OK: unawaited-future
        let second = send_webhook("https://ops.internal".into(), id.to_string()); // OK: unawaited-future
        let ops = second.await?;
        info!(status, ops, "shipped notifications sent");
        while set.join_next().await.is_some() {}
        futures::future::join_all(pinned).await; // OK: unbounded-gather
        Ok(())
    }

    pub fn receipt_later(&self, to: String) -> impl Future<Output = anyhow::Result<u16>> {
        send_webhook(to, "receipt".into()) // OK: unawaited-future
    }

    pub async fn fire_and_forget(&self, id: u64) {
        spawn(Self::retry_later(id)); // OK: unawaited-future, detached-spawn
        let _ = tokio::task::spawn(async move { info!(id, "noted") }); // OK: detached-spawn
        tokio::runtime::Handle::current().spawn(async move { Self::retry_later(id).await }); // OK: detached-spawn
        let reminder = tokio::spawn(Self::retry_later(id + 1)); // OK: detached-spawn
        info!(id, "scheduled");
    }

    pub async fn fire_all(&self, ids: Vec<u64>) {
        ids.iter().for_each(|id| {
            tokio::spawn(Self::retry_later(*id)); // EXPECT: unbounded-gather // OK: detached-spawn
        });
    }

    /// Retries the notifications a failed run left in the spool, one order id per line.
    pub async fn retry_spooled(&self) -> anyhow::Result<()> {
        let spool = tokio::fs::read_to_string("/var/spool/receipts/failed").await?;
        let ids = spool.lines().filter_map(|line| line.trim().parse().ok()).collect();
        self.fire_all(ids).await;
        Ok(())
    }

    pub async fn fire_tracked(&self, id: u64) -> anyhow::Result<()> {
        let handle = tokio::spawn(Self::retry_later(id)); // OK: detached-spawn
        self.running.lock().unwrap().push(handle); // OK: blocking-in-async
        tokio::spawn(async move { send_webhook("https://x".into(), id.to_string()).await }).await??; // OK: detached-spawn
        std::thread::spawn(move || debug!(id, "sync side channel")); // OK: detached-spawn
        let watchdog = tokio::spawn(Self::retry_later(id)); // OK: detached-spawn
        tokio::select! {
            _ = watchdog => warn!(id, "watchdog fired"),
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
        Ok(())
    }

    pub fn local_notifications(&self, ids: Vec<u64>) {
        let local = LocalSet::new();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        local.block_on(&rt, async move {
            tokio::task::spawn_local(async move { info!(n = ids.len(), "local notify") }); // OK: detached-spawn
            tokio::time::pause(); // OK: unawaited-future
            tokio::time::resume(); // OK: unawaited-future
        });
    }

    pub fn spawn_supervised(&self, id: u64) -> Option<JoinHandle<()>> {
        if id == 0 {
            return None;
        }
        Some(tokio::spawn(Self::retry_later(id))) // OK: detached-spawn
    }
}
