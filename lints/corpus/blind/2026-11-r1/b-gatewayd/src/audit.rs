//! The audit trail: every admin action and ban is appended to a local file and, in batches, to
//! the `audit_events` table in Postgres.

use std::fmt::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::postgres::PgPool;
use tracing::warn;

#[derive(Debug, Clone)]
pub struct AuditRecord {
    pub action: String,
    pub detail: String,
    pub at: std::time::SystemTime,
}

pub struct AuditLog {
    file: PathBuf,
    pool: PgPool,
    buffer: Mutex<Vec<AuditRecord>>,
    segments: AtomicU64,
}

impl AuditLog {
    pub async fn open(dir: &str, database_url: &str) -> anyhow::Result<AuditLog> {
        let pool = PgPool::connect(database_url).await?;
        Ok(AuditLog { file: PathBuf::from(dir).join("audit.log"), pool, buffer: Mutex::new(Vec::new()), segments: AtomicU64::new(0) })
    }

    /// Writes the buffered records to a new numbered segment next to the log and empties the
    /// buffer; logrotate concatenates the segments at night.
    pub fn commit(&self) -> std::io::Result<usize> {
        let records = std::mem::take(&mut *self.buffer.lock().unwrap());
        let mut text = String::new();
        for r in &records {
            writeln!(text, "{:?} {} {}", r.at, r.action, r.detail).ok();
        }
        let segment = self.segments.fetch_add(1, Ordering::AcqRel);
        std::fs::write(self.file.with_extension(format!("{segment}.log")), text)?;
        Ok(records.len())
    }

    pub async fn record_async(&self, action: &str, detail: &str) -> anyhow::Result<()> {
        let record = AuditRecord { action: action.to_owned(), detail: detail.to_owned(), at: std::time::SystemTime::now() };
        let full = {
            let mut buffer = self.buffer.lock().unwrap(); // OK: lock-across-await
            buffer.push(record);
            buffer.len() >= 128
        };
        if full {
            self.flush().await;
        }
        Ok(())
    }

    /// Moves buffered records to Postgres in one transaction, then to the local file.
    pub async fn flush(&self) {
        let batch: Vec<AuditRecord> = self.buffer.lock().unwrap().clone(); // OK: lock-across-await
        if batch.is_empty() {
            return;
        }
        if let Err(e) = self.store(&batch).await {
            warn!(error = %e, "audit batch not stored in postgres");
        }
        if let Err(e) = self.commit() { // EXPECT: blocking-in-async
            warn!(error = %e, "audit batch not written locally");
        }
    }

    async fn store(&self, batch: &[AuditRecord]) -> sqlx::Result<()> {
        let mut tx = self.pool.begin().await?;
        for r in batch {
            sqlx::query("INSERT INTO audit_events (action, detail) VALUES ($1, $2)")
                .bind(&r.action)
                .bind(&r.detail)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?; // OK: blocking-in-async
        Ok(())
    }

    pub async fn note_banned(&self, peer: SocketAddr) -> bool {
        let row: Option<(i64,)> = sqlx::query_as("SELECT count(*) FROM bans WHERE peer = $1")
            .bind(peer.to_string())
            .fetch_optional(&self.pool)
            .await
            .ok()
            .flatten();
        row.is_some_and(|(n,)| n > 0)
    }

    pub fn summary(&self) -> String {
        format!("{{\"buffered\": {}}}", self.buffer.lock().unwrap().len())
    }
}
