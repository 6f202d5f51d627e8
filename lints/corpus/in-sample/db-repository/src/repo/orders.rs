//! Orders: creation inside a transaction, and the nightly archive.

use std::time::Duration;

use sqlx::PgPool;
use tokio::task::JoinSet;

use crate::tx::with_transaction;

pub struct OrderRepo {
    pool: PgPool,
}

impl OrderRepo {
    pub async fn create(&self, user_id: i64, total_cents: i64) -> sqlx::Result<i64> {
        with_transaction(&self.pool, |tx| Box::pin(async move {
            let (id,): (i64,) = sqlx::query_as("INSERT INTO orders (user_id, total) VALUES ($1, $2) RETURNING id")
                .bind(user_id)
                .bind(total_cents)
                .fetch_one(&mut **tx)
                .await?;
            Ok(id)
        }))
        .await
    }

    /// Archives old orders month by month, one task per month, all at once.
    pub async fn archive(&self, months: Vec<String>) {
        let mut set = JoinSet::new();
        for month in months {
            let pool = self.pool.clone();
            set.spawn(async move { // EXPECT: unbounded-gather // OK: detached-spawn
                sqlx::query("CALL archive_orders($1)").bind(month).execute(&pool).await
            });
        }
        while set.join_next().await.is_some() {}
    }

    /// The nightly job: archives every month that is more than a year old.
    pub async fn archive_old(&self) -> sqlx::Result<()> {
        let months: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT to_char(created_at, 'YYYY-MM') FROM orders WHERE created_at < now() - interval '1 year'",
        )
        .fetch_all(&self.pool)
        .await?;
        self.archive(months).await;
        Ok(())
    }

    pub async fn archive_quarter(&self) {
        let mut set = JoinSet::new();
        for month in ["01", "02", "03"] {
            let pool = self.pool.clone();
            set.spawn(async move { // OK: unbounded-gather, detached-spawn
                sqlx::query("CALL archive_orders($1)").bind(month).execute(&pool).await
            });
        }
        while set.join_next().await.is_some() {}
    }

    pub fn start_vacuum(&self) {
        let pool = self.pool.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn
            loop {
                let _ = sqlx::query("VACUUM orders").execute(&pool).await;
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        });
    }

    pub fn start_vacuum_supervised(&self) -> tokio::task::JoinHandle<()> {
        let pool = self.pool.clone();
        let handle = tokio::spawn(async move { // OK: detached-spawn
            let _ = sqlx::query("VACUUM orders").execute(&pool).await;
        });
        handle
    }

    pub async fn audit_later(&self, order_id: i64) {
        let pool = self.pool.clone();
        let _audit = tokio::spawn(async move { // EXPECT: detached-spawn
            sqlx::query("INSERT INTO audit (order_id) VALUES ($1)").bind(order_id).execute(&pool).await
        });
    }
}
