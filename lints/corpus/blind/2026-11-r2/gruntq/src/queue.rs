//! The jobs table: claiming, acking, failing, and the maintenance queries.

use std::time::Duration;

use futures::future::join_all;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::job::Job;

pub struct Queue {
    pool: sqlx::PgPool,
}

impl Queue {
    pub fn new(pool: sqlx::PgPool) -> Self {
        Queue { pool }
    }

    /// Claims ready jobs and hands them to the workers until shutdown.
    pub async fn claim_loop(&self, tx: mpsc::Sender<Job>, shutdown: CancellationToken) -> anyhow::Result<()> {
        loop {
            let jobs = tokio::select! {
                _ = shutdown.cancelled() => return Ok(()),
                jobs = self.claim(32) => jobs?,
            };
            if jobs.is_empty() {
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            for job in jobs {
                if tx.send(job).await.is_err() {
                    return Ok(());
                }
            }
        }
    }

    pub async fn claim(&self, limit: i64) -> anyhow::Result<Vec<Job>> {
        let jobs = sqlx::query_as::<_, Job>(
            "UPDATE jobs SET status = 'running', claimed_at = now() \
             WHERE id IN (SELECT id FROM jobs WHERE status = 'ready' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, kind, payload, attempts",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(jobs)
    }

    pub async fn ack(&self, id: uuid::Uuid) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET status = 'done' WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn fail(&self, id: uuid::Uuid, error: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET status = 'failed', last_error = $2, attempts = attempts + 1 WHERE id = $1")
            .bind(id)
            .bind(error)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn requeue(&self, id: uuid::Uuid) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET status = 'ready' WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn touch_worker(&self, worker: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO workers (id, seen_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()")
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Requeues every job whose worker stopped sending heartbeats.
    pub async fn rescue_orphans(&self) -> anyhow::Result<usize> {
        let orphans: Vec<(uuid::Uuid,)> = sqlx::query_as(
            "SELECT j.id FROM jobs j JOIN workers w ON j.worker = w.id \
             WHERE j.status = 'running' AND w.seen_at < now() - interval '2 minutes'",
        )
        .fetch_all(&self.pool)
        .await?;
        let results = join_all(orphans.iter().map(|(id,)| self.requeue(*id))).await; // EXPECT: unbounded-gather
        Ok(results.iter().filter(|r| r.is_ok()).count())
    }

    /// Marks a batch of jobs done, for the bulk-ack endpoint of the admin tool.
    pub async fn ack_many(&self, ids: &[uuid::Uuid]) -> anyhow::Result<()> {
        let acks = ids.iter().map(|id| self.ack(*id));
        futures::future::try_join_all(acks).await?; // EXPECT: unbounded-gather
        Ok(())
    }

    /// Acks in slices of 100 so a large bulk request never holds more connections than that.
    pub async fn ack_all(&self, ids: Vec<uuid::Uuid>) -> anyhow::Result<()> {
        for slice in ids.chunks(100) {
            futures::future::try_join_all(slice.iter().map(|id| self.ack(*id))).await?; // OK: unbounded-gather
        }
        Ok(())
    }
}
