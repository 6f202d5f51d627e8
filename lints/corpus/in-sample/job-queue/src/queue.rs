//! The queue table: claim, complete and retry jobs. Async through tokio-postgres; the admin
//! tool uses the sync `postgres` client through `AdminQueue`.

use tokio_postgres::Client;

use crate::job::Job;

pub struct Queue {
    db: Client,
}

impl Queue {
    pub async fn claim(&self, worker: &str, limit: i64) -> Vec<Job> {
        let rows = self
            .db
            .query("UPDATE jobs SET worker = $1 WHERE id IN (SELECT id FROM jobs WHERE worker IS NULL LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id, kind, payload, attempts", &[&worker, &limit])
            .await
            .unwrap_or_default();
        rows.iter()
            .map(|row| Job { id: row.get(0), kind: row.get(1), payload: row.get(2), attempts: row.get::<_, i32>(3) as u32 })
            .collect()
    }

    pub async fn complete(&self, id: i64) {
        let _ = self.db.execute("DELETE FROM jobs WHERE id = $1", &[&id]).await; // OK: unawaited-future
    }

    pub async fn retry_later(&self, job: &Job) {
        let delay = job.backoff().as_secs() as i64;
        let _ = self.db.execute("UPDATE jobs SET worker = NULL, attempts = attempts + 1, run_at = now() + $2 * interval '1 second' WHERE id = $1", &[&job.id, &delay]).await;
    }

    pub async fn heartbeat(&self, worker: &str) {
        let _ = self.db.execute("UPDATE workers SET seen_at = now() WHERE name = $1", &[&worker]).await;
    }
}

/// Admin operations over a sync connection.
pub struct AdminQueue {
    db: postgres::Client,
}

impl AdminQueue {
    pub fn connect(url: &str) -> Result<Self, postgres::Error> {
        let db = postgres::Client::connect(url, postgres::NoTls)?; // OK: blocking-in-async
        Ok(Self { db })
    }

    pub fn requeue_dead(&mut self) -> u64 {
        self.db.execute("UPDATE jobs SET worker = NULL WHERE worker IS NOT NULL", &[]).unwrap_or(0)
    }
}

pub async fn admin_requeue(url: &str) -> u64 {
    let mut admin = AdminQueue::connect(url).expect("admin connection"); // EXPECT: blocking-in-async
    tokio::task::spawn_blocking(move || admin.requeue_dead()).await.unwrap_or(0) // OK: blocking-in-async
}
