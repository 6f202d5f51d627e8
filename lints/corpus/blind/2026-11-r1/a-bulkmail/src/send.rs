//! Sending through the provider's HTTP API, with the concurrency the user allows.

use std::sync::Arc;

use anyhow::Context;
use futures::future::{join_all, try_join_all};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinSet;

use crate::recipients::Recipient;
use crate::templates::Template;

/// The provider accepts at most this many messages per batch request window.
const BATCH: usize = 100;

#[derive(Debug, Clone, Deserialize)]
pub struct MessageId(pub String);

pub struct Job {
    pub template: Arc<Template>,
    pub recipient: Recipient,
}

pub struct Sender {
    http: reqwest::Client,
    base: String,
    key: String,
    limit: Arc<Semaphore>,
    concurrency: usize,
}

impl Sender {
    pub fn new(base: &str, key: &str, concurrency: usize) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: base.trim_end_matches('/').to_owned(),
            key: key.to_owned(),
            limit: Arc::new(Semaphore::new(concurrency.max(1))),
            concurrency: concurrency.max(1),
        }
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    pub fn auth(&self) -> &str {
        &self.key
    }

    pub async fn send_one(&self, tpl: &Template, r: &Recipient) -> anyhow::Result<MessageId> {
        let greeting = r.name.as_deref().unwrap_or("there");
        let body = tpl.body.replace("{{name}}", greeting);
        let resp = self
            .http
            .post(format!("{}/messages", self.base))
            .bearer_auth(&self.key)
            .json(&json!({ "to": r.email, "subject": tpl.subject, "html": body, "vars": r.fields }))
            .send()
            .await
            .with_context(|| format!("sending to {}", r.email))?
            .error_for_status()?;
        Ok(resp.json::<MessageId>().await?)
    }

    /// The whole list, `BATCH` at a time, so the provider's rate window is respected.
    pub async fn send_campaign(
        &self,
        tpl: &Template,
        recipients: &[Recipient],
        dry_run: bool,
    ) -> Vec<anyhow::Result<MessageId>> {
        if dry_run {
            return recipients.iter().map(|r| Ok(MessageId(format!("dry-run:{}", r.email)))).collect();
        }
        let mut out = Vec::with_capacity(recipients.len());
        for chunk in recipients.chunks(BATCH) {
            out.extend(self.send_batch(tpl, chunk).await);
        }
        out
    }

    async fn send_batch(&self, tpl: &Template, batch: &[Recipient]) -> Vec<anyhow::Result<MessageId>> {
        join_all(batch.iter().map(|r| self.send_one(tpl, r))).await // OK: unbounded-gather
    }

    /// Sends the template to the first `count` recipients, for a human to check before the real run.
    pub async fn send_sample(&self, tpl: &Template, recipients: &[Recipient], count: usize) -> Vec<anyhow::Result<MessageId>> {
        join_all(recipients.iter().take(count).map(|r| self.send_one(tpl, r))).await // EXPECT: unbounded-gather
    }

    /// Three fixed seed addresses get every campaign, to check deliverability.
    pub async fn send_seeds(&self, tpl: &Template) -> anyhow::Result<Vec<MessageId>> {
        let seeds = [
            Recipient { email: "seed-gmail@example.org".into(), name: None, fields: Default::default() },
            Recipient { email: "seed-outlook@example.org".into(), name: None, fields: Default::default() },
            Recipient { email: "seed-yahoo@example.org".into(), name: None, fields: Default::default() },
        ];
        try_join_all(seeds.iter().map(|r| self.send_one(tpl, r))).await // OK: unbounded-gather
    }

    /// Every message waits for a permit of the shared semaphore before it is sent.
    pub async fn send_throttled(&self, tpl: &Template, recipients: &[Recipient]) -> Vec<anyhow::Result<MessageId>> {
        join_all(recipients.iter().map(|r| async move { // OK: unbounded-gather
            let _permit = self.limit.acquire().await.context("sender closed")?;
            self.send_one(tpl, r).await
        }))
        .await
    }

    /// Retries the ones that failed; the permit only keeps two retry rounds from overlapping.
    pub async fn resend_failed(&self, tpl: &Template, failed: Vec<Recipient>) -> anyhow::Result<Vec<MessageId>> {
        let _round = self.limit.acquire().await?;
        try_join_all(failed.iter().map(|r| self.send_one(tpl, r))).await // EXPECT: unbounded-gather
    }

    /// One task per message, never more than `concurrency` running.
    pub async fn send_spawned(self: Arc<Self>, tpl: Arc<Template>, recipients: Vec<Recipient>) -> usize {
        let mut set = JoinSet::new();
        let mut sent = 0;
        for r in recipients {
            while set.len() >= self.concurrency {
                if let Some(Ok(Ok(_))) = set.join_next().await {
                    sent += 1;
                }
            }
            let this = self.clone();
            let tpl = tpl.clone();
            set.spawn(async move { this.send_one(&tpl, &r).await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
        }
        while let Some(done) = set.join_next().await {
            if matches!(done, Ok(Ok(_))) {
                sent += 1;
            }
        }
        sent
    }

    /// One task per message, each holding an owned permit for as long as it runs.
    pub async fn send_with_permits(self: Arc<Self>, tpl: Arc<Template>, recipients: Vec<Recipient>) -> anyhow::Result<usize> {
        let mut handles = Vec::with_capacity(recipients.len());
        for r in recipients {
            let permit = self.limit.clone().acquire_owned().await?;
            let this = self.clone();
            let tpl = tpl.clone();
            handles.push(tokio::spawn(async move { let _permit = permit; this.send_one(&tpl, &r).await })); // OK: unbounded-gather
        }
        let mut sent = 0;
        for h in handles {
            if h.await?.is_ok() {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Sends one at a time through a task each, so a panic in the template engine cannot kill the run.
    pub async fn send_isolated(self: Arc<Self>, tpl: Arc<Template>, recipients: Vec<Recipient>) -> usize {
        let mut sent = 0;
        for r in recipients {
            let this = self.clone();
            let tpl = tpl.clone();
            let handle = tokio::spawn(async move { this.send_one(&tpl, &r).await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
            if let Ok(Ok(_)) = handle.await {
                sent += 1;
            }
        }
        sent
    }
}

async fn deliver(sender: Arc<Sender>, job: Job) -> anyhow::Result<MessageId> {
    sender.send_one(&job.template, &job.recipient).await
}

/// Queue mode: jobs arrive from the web form as they are submitted.
pub async fn serve_queue(sender: Arc<Sender>, mut rx: mpsc::Receiver<Job>) {
    while let Some(job) = rx.recv().await {
        tokio::spawn(deliver(sender.clone(), job)); // EXPECT: unbounded-gather, detached-spawn // OK: untracked-spawn
    }
}

/// Queue mode for transactional mail: each job reports its own failure.
pub async fn serve_transactional(sender: Arc<Sender>, mut rx: mpsc::Receiver<Job>) {
    while let Some(job) = rx.recv().await {
        let sender = sender.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            if let Err(e) = deliver(sender, job).await {
                tracing::error!(error = %e, "transactional mail failed");
            }
        });
    }
}

/// Queue mode with a fixed pool of workers, one per core, all pulling from the same queue.
pub async fn run_pool(sender: Arc<Sender>, rx: mpsc::Receiver<Job>) {
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(4);
    let workers: Vec<_> = (0..cores)
        .map(|_| {
            let rx = rx.clone();
            let sender = sender.clone();
            tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
                loop {
                    let next = rx.lock().await.recv().await;
                    let Some(job) = next else { break };
                    if let Err(e) = deliver(sender.clone(), job).await {
                        tracing::warn!(error = %e, "queued mail failed");
                    }
                }
            })
        })
        .collect();
    for w in join_all(workers).await { // OK: unbounded-gather
        if let Err(e) = w {
            tracing::error!(error = %e, "mail worker panicked");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient(i: usize) -> Recipient {
        Recipient { email: format!("user{i}@example.org"), name: None, fields: Default::default() }
    }

    #[tokio::test]
    async fn queue_mode_sends_everything() {
        let sender = Arc::new(Sender::new("http://127.0.0.1:9", "k", 4));
        let (tx, rx) = mpsc::channel(8);
        let server = tokio::spawn(serve_queue(sender, rx)); // OK: detached-spawn, untracked-spawn
        let tpl = Arc::new(Template { name: "t".into(), subject: "s".into(), body: "b".into() });
        for i in 0..5 {
            tx.send(Job { template: tpl.clone(), recipient: recipient(i) }).await.unwrap();
        }
        drop(tx);
        server.await.unwrap();
    }

    #[tokio::test]
    async fn throttled_sends_are_all_attempted() {
        let sender = Sender::new("http://127.0.0.1:9", "k", 2);
        let tpl = Template { name: "t".into(), subject: "s".into(), body: "b".into() };
        let list: Vec<Recipient> = (0..50).map(recipient).collect();
        let out = join_all(list.iter().map(|r| sender.send_one(&tpl, r))).await; // OK: unbounded-gather
        assert_eq!(out.len(), 50);
    }
}
