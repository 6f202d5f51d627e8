//! The job queue in Postgres: claiming with `FOR UPDATE SKIP LOCKED`, completing, retrying.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use sqlx::postgres::PgPool;
use sqlx::Row;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
}

#[derive(Clone)]
pub struct Queue {
    pool: PgPool,
}

impl Queue {
    pub async fn connect(url: &str) -> anyhow::Result<Queue> {
        Ok(Queue { pool: PgPool::connect(url).await? })
    }

    pub async fn claim(&self, worker: &str) -> anyhow::Result<Option<Job>> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "SELECT id, kind, payload, attempts FROM jobs WHERE run_at <= now() AND claimed_by IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(None);
        };
        let job = Job { id: row.get(0), kind: row.get(1), payload: row.get(2), attempts: row.get(3) };
        sqlx::query("UPDATE jobs SET claimed_by = $1 WHERE id = $2").bind(worker).bind(job.id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(job))
    }

    pub async fn push(&self, kind: &str, payload: serde_json::Value) -> anyhow::Result<i64> {
        let row = sqlx::query("INSERT INTO jobs (kind, payload) VALUES ($1, $2) RETURNING id").bind(kind).bind(payload).fetch_one(&self.pool).await?;
        Ok(row.get(0))
    }

    pub async fn remove(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM jobs WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn retry_later(&self, job: &Job, after: Duration) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET claimed_by = NULL, attempts = attempts + 1, run_at = now() + $1 WHERE id = $2")
            .bind(after)
            .bind(job.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn clear(&self, kind: &str) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM jobs WHERE kind = $1").bind(kind).execute(&self.pool).await?.rows_affected())
    }

    pub async fn count(&self) -> anyhow::Result<i64> {
        Ok(sqlx::query("SELECT count(*) FROM jobs").fetch_one(&self.pool).await?.get(0))
    }
}
