//! Transactions: run a closure inside BEGIN/COMMIT, rolling back on error.

use std::future::Future;
use std::pin::Pin;

use sqlx::{PgPool, Postgres, Transaction};

pub async fn with_transaction<T, F>(pool: &PgPool, body: F) -> sqlx::Result<T>
where
    F: for<'c> FnOnce(&'c mut Transaction<'static, Postgres>) -> Pin<Box<dyn Future<Output = sqlx::Result<T>> + Send + 'c>>,
{
    let mut tx = pool.begin().await?;
    match body(&mut tx).await {
        Ok(value) => {
            tx.commit().await?; // OK: unawaited-future
            Ok(value)
        }
        Err(err) => {
            tx.rollback().await.ok(); // OK: unawaited-future
            Err(err)
        }
    }
}

/// Used by the migration tool, which has its own runtime.
pub fn migrate_blocking(pool: &PgPool) -> sqlx::Result<()> {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(sqlx::query("SELECT 1").execute(pool)).map(|_| ()) // OK: blocking-in-async
}

pub async fn migrate(pool: &PgPool) -> sqlx::Result<()> {
    migrate_blocking(pool) // EXPECT: block-on-in-async // OK: blocking-in-async
}
