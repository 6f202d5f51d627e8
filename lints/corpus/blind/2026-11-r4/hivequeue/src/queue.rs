//! Jobs in the `jobs` table: enqueue, claim with `SKIP LOCKED`, finish.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio_postgres::Client;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
}

#[derive(Clone)]
pub struct Queue {
    client: Arc<Client>,
    runtime: tokio::runtime::Handle,
    paused: Arc<tokio::sync::Mutex<bool>>,
}

impl Queue {
    pub fn new(client: Client) -> Queue {
        Queue {
            client: Arc::new(client),
            runtime: tokio::runtime::Handle::current(),
            paused: Arc::new(tokio::sync::Mutex::new(false)),
        }
    }

    pub fn paused(&self) -> &tokio::sync::Mutex<bool> {
        &self.paused
    }

    pub async fn enqueue(&self, kind: &str, payload: &serde_json::Value) -> anyhow::Result<i64> {
        let row = self
            .client
            .query_one("INSERT INTO jobs (kind, payload) VALUES ($1, $2) RETURNING id", &[&kind, payload])
            .await?;
        Ok(row.get(0))
    }

    /// For sync callers (the webhook's signature check runs in a plain fn).
    pub fn enqueue_blocking(&self, kind: &str, payload: &serde_json::Value) -> anyhow::Result<i64> {
        self.runtime.block_on(self.enqueue(kind, payload)) // OK: block-on-in-async
    }

    /// Every job that is ready, oldest first.
    pub async fn ready(&self) -> anyhow::Result<Vec<Job>> {
        let rows = self
            .client
            .query("SELECT id, kind, payload FROM jobs WHERE state = 'ready' ORDER BY id", &[])
            .await?;
        Ok(rows.iter().map(|r| Job { id: r.get(0), kind: r.get(1), payload: r.get(2) }).collect())
    }

    pub async fn claim(&self) -> anyhow::Result<Option<Job>> {
        let row = self
            .client
            .query_opt(
                "UPDATE jobs SET state = 'running' WHERE id = (SELECT id FROM jobs WHERE state = 'ready' \
                 ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, kind, payload",
                &[],
            )
            .await?;
        Ok(row.map(|r| Job { id: r.get(0), kind: r.get(1), payload: r.get(2) }))
    }

    /// Mail every owner of a failed job; the owners table decides how many.
    pub async fn notify_owners(&self, job_id: i64, mail: &reqwest::Client) -> anyhow::Result<()> {
        let rows = self.client.query("SELECT email FROM owners WHERE job_id = $1", &[&job_id]).await?;
        let sends = futures::future::join_all(rows.iter().map(|row| mail.post("https://mail.internal/send").body(row.get::<_, String>(0)).send())).await; // EXPECT: unbounded-gather
        anyhow::ensure!(sends.iter().all(Result::is_ok), "some owners were not notified");
        Ok(())
    }

    pub async fn finish(&self, id: i64, ok: bool) -> anyhow::Result<()> {
        let state = if ok { "done" } else { "failed" };
        self.client.execute("UPDATE jobs SET state = $1 WHERE id = $2", &[&state, &id]).await?;
        Ok(())
    }
}
