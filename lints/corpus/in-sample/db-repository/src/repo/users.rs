//! Users: lookups by id and e-mail, bulk loads for the admin export.

use futures::future::try_join_all;
use futures::stream::{FuturesUnordered, StreamExt, TryStreamExt};
use sqlx::PgPool;

use crate::edge_cache::EdgeCache;

#[derive(Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
}

pub struct UserRepo {
    pool: PgPool,
    cache: EdgeCache,
}

impl UserRepo {
    pub async fn by_id(&self, id: i64) -> sqlx::Result<User> {
        if let Some(user) = self.cache.get_user(id) { // EXPECT: blocking-in-async
            return Ok(user);
        }
        sqlx::query_as("SELECT id, email FROM users WHERE id = $1").bind(id).fetch_one(&self.pool).await // OK: blocking-in-async
    }

    pub async fn by_id_offloaded(&self, id: i64) -> Option<User> {
        let cache = self.cache.clone();
        tokio::task::spawn_blocking(move || cache.get_user(id)).await.ok().flatten() // OK: blocking-in-async
    }

    /// Loads many users, one query each, all at once.
    pub async fn many(&self, ids: &[i64]) -> sqlx::Result<Vec<User>> {
        try_join_all(ids.iter().map(|&id| self.by_id(id))).await // EXPECT: unbounded-gather
    }

    pub async fn many_streamed(&self, ids: Vec<i64>) -> Vec<User> {
        let lookups = ids.iter().map(|&id| self.by_id(id)).collect::<FuturesUnordered<_>>(); // EXPECT: unbounded-gather
        lookups.filter_map(|r| async move { r.ok() }).collect().await
    }

    /// The admin export: every user of an organisation.
    pub async fn export_org(&self, org_id: i64) -> sqlx::Result<Vec<User>> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE org_id = $1").bind(org_id).fetch_all(&self.pool).await?;
        self.many(&ids).await
    }

    /// Users seen in the last day, as far as they still load.
    pub async fn recently_active(&self) -> sqlx::Result<Vec<User>> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE seen_at > now() - interval '1 day'").fetch_all(&self.pool).await?;
        Ok(self.many_streamed(ids).await)
    }

    pub async fn many_bounded(&self, ids: Vec<i64>) -> sqlx::Result<Vec<User>> {
        futures::stream::iter(ids).map(|id| self.by_id(id)).buffered(10).try_collect().await // OK: unbounded-gather
    }

    pub async fn many_in_one_query(&self, ids: &[i64]) -> sqlx::Result<Vec<User>> {
        sqlx::query_as("SELECT id, email FROM users WHERE id = ANY($1)").bind(ids).fetch_all(&self.pool).await // OK: unbounded-gather, unawaited-future
    }

    pub async fn touch(&self, id: i64) {
        self.by_id(id); // EXPECT: unawaited-future
        let _ = sqlx::query("UPDATE users SET seen_at = now() WHERE id = $1").bind(id).execute(&self.pool).await; // OK: unawaited-future
    }

    pub async fn warm_cache(&self, ids: Vec<i64>) {
        for id in ids {
            let Ok(user) = self.by_id(id).await else { continue }; // OK: unawaited-future, unbounded-gather
            self.cache.put_user(&user); // EXPECT: blocking-in-async
        }
    }
}
