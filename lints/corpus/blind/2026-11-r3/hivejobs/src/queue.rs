use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::future::join_all;
use serde::{Deserialize, Serialize};
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
}

pub struct Queue {
    pool: sqlx::PgPool,
}

impl Queue {
    pub fn new(pool: sqlx::PgPool) -> Queue {
        Queue { pool }
    }

    pub async fn claim(&self, limit: i64) -> anyhow::Result<Vec<Job>> {
        Ok(sqlx::query_as("UPDATE jobs SET state = 'running' WHERE id IN (SELECT id FROM jobs WHERE state = 'ready' LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING id, kind, payload, attempts").bind(limit).fetch_all(&self.pool).await?)
    }

    pub async fn ack(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET state = 'done' WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn nack(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET state = 'ready', attempts = attempts + 1 WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Library API for admin tools: acknowledges a batch the caller collected.
    pub async fn ack_all(&self, ids: Vec<i64>) -> Vec<anyhow::Result<()>> {
        join_all(ids.into_iter().map(|id| self.ack(id))).await // EXPECT: unbounded-gather
    }

    /// Re-queues every stale job, each in its own task.
    pub async fn requeue_stale(self: &Arc<Self>) -> anyhow::Result<usize> {
        let mut rows = sqlx::query_as::<_, Job>("SELECT id, kind, payload, attempts FROM jobs WHERE state = 'running' AND updated_at < now() - interval '10 minutes'").fetch(&self.pool);
        let mut tasks = JoinSet::new();
        while let Some(job) = rows.next().await {
            let job = job?;
            let queue = self.clone();
            tasks.spawn(async move { queue.nack(job.id).await }); // EXPECT: unbounded-gather
        }
        let mut count = 0;
        while let Some(done) = tasks.join_next().await {
            done??;
            count += 1;
        }
        Ok(count)
    }

    /// Same, kept under a cap of sixteen running re-queues.
    pub async fn requeue_stale_capped(self: &Arc<Self>) -> anyhow::Result<()> {
        let mut rows = sqlx::query_as::<_, Job>("SELECT id, kind, payload, attempts FROM jobs WHERE state = 'running'").fetch(&self.pool);
        let mut tasks = JoinSet::new();
        while let Some(job) = rows.next().await {
            let job = job?;
            while tasks.len() >= 16 {
                tasks.join_next().await;
            }
            let queue = self.clone();
            tasks.spawn(async move { queue.nack(job.id).await }); // OK: unbounded-gather
        }
        while tasks.join_next().await.is_some() {}
        Ok(())
    }

    /// Runs a batch of synthetic jobs for `hivejobs bench N`.
    pub async fn bench(self: &Arc<Self>, n: i64) -> anyhow::Result<()> {
        let handles: Vec<_> = (1..=n).map(|i| tokio::spawn(synthetic(i))).collect();
        for handle in handles {
            handle.await?;
        }
        Ok(())
    }

    /// Notifies every configured webhook that the queue drained.
    pub async fn notify_drained(&self, webhooks: &[String], client: &reqwest_like::Client) {
        let permits = Arc::new(Semaphore::new(4));
        let mut set = JoinSet::new();
        for url in webhooks.iter().cloned() {
            let permits = permits.clone();
            let client = client.clone();
            set.spawn(async move { // OK: unbounded-gather
                let _permit = permits.acquire_owned().await;
                client.post(&url).await
            });
        }
        set.join_all().await;
    }
}

async fn synthetic(i: i64) {
    tokio::time::sleep(Duration::from_millis(i as u64 % 7)).await;
}

/// Claims ready jobs and hands them to the worker pool until shutdown.
pub async fn feed(queue: Arc<Queue>, tx: mpsc::Sender<Job>, shutdown: CancellationToken) {
    loop {
        let jobs = tokio::select! {
            _ = shutdown.cancelled() => return,
            jobs = queue.claim(32) => jobs,
        };
        match jobs {
            Ok(jobs) if jobs.is_empty() => tokio::time::sleep(Duration::from_millis(250)).await,
            Ok(jobs) => {
                for job in jobs {
                    if tx.send(job).await.is_err() {
                        return;
                    }
                }
            }
            Err(err) => tracing::warn!(%err, "claim failed"),
        }
    }
}

pub mod reqwest_like {
    #[derive(Clone)]
    pub struct Client;

    impl Client {
        pub async fn post(&self, _url: &str) -> Result<(), String> {
            Ok(())
        }
    }
}
