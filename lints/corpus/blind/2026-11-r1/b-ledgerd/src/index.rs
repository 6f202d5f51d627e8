//! The local query index: a SQLite database of entries by account and month, used by the
//! `report` admin command.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rusqlite::{params, Connection};

use crate::journal::Entry;

pub struct Index {
    db: Arc<Mutex<Connection>>,
    path: PathBuf,
}

impl Index {
    pub fn open(path: PathBuf) -> anyhow::Result<Index> {
        let conn = Connection::open(&path)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, account TEXT, amount INTEGER, memo TEXT)",
        )?;
        Ok(Index { db: Arc::new(Mutex::new(conn)), path })
    }

    /// Indexes one entry on the blocking pool.
    pub async fn insert(&self, entry: Entry) -> anyhow::Result<()> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            let conn = db.lock().unwrap(); // OK: lock-across-await
            conn.execute( // OK: blocking-in-async
                "INSERT OR REPLACE INTO entries (seq, account, amount, memo) VALUES (?1, ?2, ?3, ?4)",
                params![entry.seq, entry.account, entry.amount_cents, entry.memo],
            )?;
            Ok(())
        })
        .await?
    }

    /// Sum for one account; small enough that someone decided it could run inline.
    pub async fn balance(&self, conn: &Connection, account: &str) -> anyhow::Result<i64> {
        let total: i64 = conn.query_row("SELECT COALESCE(SUM(amount), 0) FROM entries WHERE account = ?1", params![account], |r| r.get(0))?; // EXPECT: blocking-in-async
        Ok(total)
    }

    pub async fn rebuild(&self, entries: Vec<Entry>) -> anyhow::Result<usize> {
        let db = self.db.lock().unwrap(); // EXPECT: lock-across-await
        db.execute("DELETE FROM entries", [])?;
        let n = entries.len();
        for e in entries {
            db.execute("INSERT INTO entries (seq, account, amount, memo) VALUES (?1, ?2, ?3, ?4)", params![e.seq, e.account, e.amount_cents, e.memo])?;
            tokio::task::yield_now().await;
        }
        Ok(n)
    }

    pub fn path(&self) -> &PathBuf {
        &self.path
    }
}
