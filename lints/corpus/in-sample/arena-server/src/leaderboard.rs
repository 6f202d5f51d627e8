//! The leaderboard: ratings in SQLite, behind a connection that only the blocking pool
//! touches, and a top-100 cache the lobby reads.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::RwLock;

use crate::room::MatchResult;

pub struct Leaderboard {
    db: Arc<Mutex<rusqlite::Connection>>,
    top: RwLock<Vec<(u64, u32)>>,
    path: PathBuf,
}

impl Leaderboard {
    pub async fn open(path: &str) -> std::io::Result<Self> {
        let owned = PathBuf::from(path);
        let opened = owned.clone();
        let db = tokio::task::spawn_blocking(move || rusqlite::Connection::open(opened)) // OK: blocking-in-async
            .await
            .map_err(std::io::Error::other)?
            .map_err(std::io::Error::other)?;
        Ok(Self { db: Arc::new(Mutex::new(db)), top: RwLock::new(Vec::new()), path: owned })
    }

    /// Adds a match's scores and refreshes the top-100 cache.
    pub async fn record(&self, result: MatchResult) {
        let db = self.db.clone();
        let written = tokio::task::spawn_blocking(move || { // OK: untracked-spawn
            let conn = db.lock().unwrap();
            for (player, score) in &result.scores {
                conn.execute("INSERT INTO scores (room, player, score) VALUES (?1, ?2, ?3)", (result.room, player, score))?; // OK: blocking-in-async
            }
            top_100(&conn)
        })
        .await;
        match written {
            Ok(Ok(top)) => *self.top.write().await = top,
            Ok(Err(e)) => tracing::error!(error = %e, "scores not written"),
            Err(e) => tracing::error!(error = %e, "score writer panicked"),
        }
    }

    pub async fn top(&self, n: usize) -> Vec<(u64, u32)> {
        self.top.read().await.iter().take(n).cloned().collect()
    }

    /// The console prints the top ten from its own thread.
    pub fn top_from_console(&self) -> Vec<(u64, u32)> {
        self.top.blocking_read().iter().take(10).cloned().collect() // OK: block-on-in-async
    }

    /// Vacuums the database every night; runs for the life of the server.
    pub async fn compact_nightly(self: Arc<Self>) {
        loop {
            tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
            let db = self.db.clone();
            let outcome = tokio::task::spawn_blocking(move || db.lock().unwrap().execute_batch("VACUUM")).await; // OK: blocking-in-async
            if let Ok(Err(e)) = outcome {
                tracing::warn!(error = %e, "vacuum failed");
            }
        }
    }

    pub async fn flush(&self) -> std::io::Result<()> {
        let db = self.db.clone();
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || { // OK: untracked-spawn
            db.lock().unwrap().cache_flush().map_err(std::io::Error::other)?;
            tracing::info!(path = %path.display(), "leaderboard flushed");
            Ok(())
        })
        .await
        .map_err(std::io::Error::other)?
    }
}

fn top_100(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<(u64, u32)>> {
    let mut statement = conn.prepare("SELECT player, SUM(score) AS total FROM scores GROUP BY player ORDER BY total DESC LIMIT 100")?; // OK: blocking-in-async
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}
