//! Persistence of feeds and their entries in SQLite.

use sqlx::sqlite::SqlitePoolOptions;
use sqlx::{FromRow, SqlitePool};

#[derive(Debug, Clone, FromRow)]
pub struct FeedRow {
    pub id: i64,
    pub url: String,
    pub etag: Option<String>,
    pub subscriber_hook: Option<String>,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct EntryRow {
    pub id: i64,
    pub feed_id: i64,
    pub guid: String,
    pub title: String,
    pub link: String,
}

#[derive(Debug, Clone)]
pub struct NewEntry {
    pub guid: String,
    pub title: String,
    pub link: String,
}

impl NewEntry {
    pub fn from_feed_entry(e: &feed_rs::model::Entry) -> Self {
        Self {
            guid: e.id.clone(),
            title: e.title.as_ref().map(|t| t.content.clone()).unwrap_or_default(),
            link: e.links.first().map(|l| l.href.clone()).unwrap_or_default(),
        }
    }
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let pool = SqlitePoolOptions::new().max_connections(8).connect(url).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub async fn add_feed(&self, url: &str, title: Option<&str>) -> sqlx::Result<i64> {
        let row: (i64,) = sqlx::query_as(
            "INSERT INTO feeds (url, title, next_poll) VALUES (?, ?, 0)
             ON CONFLICT(url) DO UPDATE SET title = excluded.title RETURNING id",
        )
        .bind(url)
        .bind(title)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.0)
    }

    pub async fn save_entries(
        &self,
        feed_id: i64,
        etag: Option<&str>,
        entries: &[NewEntry],
    ) -> anyhow::Result<Vec<EntryRow>> {
        let mut tx = self.pool.begin().await?;
        let mut stored = Vec::new();
        for e in entries {
            let row: Option<EntryRow> = sqlx::query_as(
                "INSERT INTO entries (feed_id, guid, title, link) VALUES (?, ?, ?, ?)
                 ON CONFLICT(feed_id, guid) DO NOTHING
                 RETURNING id, feed_id, guid, title, link",
            )
            .bind(feed_id)
            .bind(&e.guid)
            .bind(&e.title)
            .bind(&e.link)
            .fetch_optional(&mut *tx)
            .await?;
            stored.extend(row);
        }
        sqlx::query("UPDATE feeds SET etag = ?, next_poll = unixepoch() + 300 WHERE id = ?")
            .bind(etag)
            .bind(feed_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(stored)
    }

    pub async fn prune(&self, keep_per_feed: usize) -> sqlx::Result<u64> {
        let done = sqlx::query(
            "DELETE FROM entries WHERE id IN (
               SELECT id FROM (
                 SELECT id, ROW_NUMBER() OVER (PARTITION BY feed_id ORDER BY id DESC) AS rn FROM entries
               ) WHERE rn > ?)",
        )
        .bind(keep_per_feed as i64)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    pub async fn recent(&self, limit: i64) -> sqlx::Result<Vec<EntryRow>> {
        sqlx::query_as("SELECT id, feed_id, guid, title, link FROM entries ORDER BY id DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
    }
}
