//! The settlement database: pending transfers wait there until every replica has acknowledged them.

use std::time::Duration;

use futures::future::try_join_all;
use futures::stream::{FuturesUnordered, StreamExt, TryStreamExt};
use sqlx::postgres::{PgPool, PgPoolOptions};
use tokio::task::JoinSet;

use crate::error::Result;

const MAX_AUDITS_IN_FLIGHT: usize = 32;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingRow {
    pub id: i64,
    pub shard: i32,
    pub payload: serde_json::Value,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Hold {
    pub id: i64,
    pub account: String,
}

#[derive(Clone)]
pub struct Db {
    pool: PgPool,
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db> {
        let pool = PgPoolOptions::new().max_connections(16).connect(url).await?;
        Ok(Db { pool })
    }

    async fn settle(&self, row: &PendingRow) -> Result<()> {
        sqlx::query("UPDATE pending_transfers SET settled = true WHERE id = $1")
            .bind(row.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn settle_pending(&self) -> Result<usize> {
        let rows = sqlx::query_as::<_, PendingRow>("SELECT id, shard, payload FROM pending_transfers WHERE NOT settled")
            .fetch_all(&self.pool)
            .await?;
        try_join_all(rows.iter().map(|r| self.settle(r))).await?; // EXPECT: unbounded-gather
        Ok(rows.len())
    }

    async fn reindex(&self, account: String) -> Result<()> {
        sqlx::query("REFRESH MATERIALIZED VIEW CONCURRENTLY balances_by_account")
            .execute(&self.pool)
            .await?;
        tracing::trace!(%account, "reindexed");
        Ok(())
    }

    pub async fn reindex_accounts(&self) -> Result<usize> {
        let mut accounts = sqlx::query_scalar::<_, String>("SELECT name FROM accounts").fetch(&self.pool);
        let mut pending = FuturesUnordered::new();
        while let Some(account) = accounts.try_next().await? {
            pending.push(self.reindex(account)); // EXPECT: unbounded-gather
        }
        let mut done = 0;
        while let Some(r) = pending.next().await {
            r?;
            done += 1;
        }
        Ok(done)
    }

    pub async fn audit_all(&self, auditor: reqwest::Client) -> Result<usize> {
        let mut rows = sqlx::query_as::<_, PendingRow>("SELECT id, shard, payload FROM pending_transfers").fetch(&self.pool);
        let mut set = JoinSet::new();
        let mut audited = 0;
        while let Some(row) = rows.try_next().await? {
            while set.len() >= MAX_AUDITS_IN_FLIGHT {
                if let Some(Ok(Ok(_))) = set.join_next().await {
                    audited += 1;
                }
            }
            let http = auditor.clone();
            set.spawn(async move { http.post("http://audit.internal/check").json(&row.payload).send().await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
        }
        while let Some(done) = set.join_next().await {
            if matches!(done, Ok(Ok(_))) {
                audited += 1;
            }
        }
        Ok(audited)
    }

    pub async fn expired_holds(&self) -> Result<Vec<Hold>> {
        Ok(sqlx::query_as::<_, Hold>("SELECT id, account FROM holds WHERE expires_at < now()")
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn release(&self, hold: &Hold) -> Result<()> {
        sqlx::query("DELETE FROM holds WHERE id = $1").bind(hold.id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn purge_settled(&self, older_than: Duration) -> Result<u64> {
        let done = sqlx::query("DELETE FROM pending_transfers WHERE settled AND settled_at < now() - $1::interval")
            .bind(format!("{} seconds", older_than.as_secs()))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
