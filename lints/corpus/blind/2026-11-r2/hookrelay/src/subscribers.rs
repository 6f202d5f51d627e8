//! Subscribers: who gets the events of which source. Stored in SQLite; the in-memory copy
//! sits behind an async lock because refreshing it awaits the database.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Subscriber {
    pub id: i64,
    pub source: String,
    pub url: String,
    pub template: Option<String>,
}

#[derive(Default)]
pub struct Cached {
    pub list: Vec<Subscriber>,
    pub loaded: bool,
}

pub struct SubscriberStore {
    pool: sqlx::SqlitePool,
    cached: tokio::sync::Mutex<Cached>,
}

impl SubscriberStore {
    pub fn new(pool: sqlx::SqlitePool) -> Self {
        SubscriberStore { pool, cached: tokio::sync::Mutex::new(Cached::default()) }
    }

    /// The cache, locked. Callers hold it while they refresh.
    pub async fn lock(&self) -> tokio::sync::MutexGuard<'_, Cached> {
        self.cached.lock().await
    }

    pub fn cell(&self) -> &tokio::sync::Mutex<Cached> {
        &self.cached
    }

    pub async fn refresh(&self) -> anyhow::Result<usize> {
        let mut cached = self.lock().await; // OK: lock-across-await
        cached.list = sqlx::query_as("SELECT id, source, url, template FROM subscribers")
            .fetch_all(&self.pool)
            .await?;
        cached.loaded = true;
        Ok(cached.list.len())
    }

    pub async fn for_source(&self, source: &str) -> Vec<Subscriber> {
        let mut cached = self.cell().lock().await; // OK: lock-across-await
        if !cached.loaded {
            if let Ok(list) = sqlx::query_as("SELECT id, source, url, template FROM subscribers")
                .fetch_all(&self.pool)
                .await
            {
                cached.list = list;
                cached.loaded = true;
            }
        }
        cached.list.iter().filter(|s| s.source == source).cloned().collect()
    }

    pub async fn push(&self, sub: Subscriber) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO subscribers (id, source, url, template) VALUES (?, ?, ?, ?)")
            .bind(sub.id)
            .bind(&sub.source)
            .bind(&sub.url)
            .bind(&sub.template)
            .execute(&self.pool)
            .await?;
        self.cached.lock().await.list.push(sub); // OK: unawaited-future
        Ok(())
    }

    pub async fn insert_many(&self, subs: Vec<Subscriber>) -> anyhow::Result<()> {
        let mut batch = Vec::with_capacity(subs.len());
        for sub in subs {
            batch.push(sub); // OK: unawaited-future
        }
        let mut cached = self.cached.lock().await;
        cached.list.extend(batch);
        Ok(())
    }
}
