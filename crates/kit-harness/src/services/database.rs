//! A simulated database: reads by key and inserts into named tables, each taking a query
//! latency on tokio's clock. What was written can be inspected without making a call, which is
//! how tests prove that a write (an audit log entry, say) really happened.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::{ServiceError, SimService};
use crate::calls::CallStats;

/// A row as a read returns it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    /// The key that was read.
    pub key: u64,
    /// `"row-{key}"`.
    pub value: String,
}

/// A simulated database; every query takes 100 ms of tokio time unless configured otherwise.
///
/// Reads are counted under their key; inserts under the id the new row gets (1, 2, ... in
/// the order inserts start, across all tables).
#[derive(Debug, Clone)]
pub struct Database {
    service: SimService,
    tables: Arc<Mutex<BTreeMap<String, Vec<String>>>>,
    next_insert_id: Arc<Mutex<u64>>,
}

impl Default for Database {
    fn default() -> Self {
        Self::new()
    }
}

impl Database {
    /// A database with its default latency of 100 ms per query.
    pub fn new() -> Self {
        Self {
            service: SimService::new("database", Duration::from_millis(100)),
            tables: Arc::default(),
            next_insert_id: Arc::default(),
        }
    }

    /// Every query takes `latency` unless its key has its own.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
            ..self
        }
    }

    /// The query for `key` takes `latency`.
    pub fn with_latency_for(self, key: u64, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency_for(key, latency),
            ..self
        }
    }

    /// The query for `key` fails once its latency has passed.
    pub fn failing_for(self, key: u64) -> Self {
        Self {
            service: self.service.failing_for(key),
            ..self
        }
    }

    /// Read the row stored under `key`.
    pub async fn query(&self, key: u64) -> Result<Row, ServiceError> {
        self.service
            .call(key, || Row {
                key,
                value: format!("row-{key}"),
            })
            .await
    }

    /// Append `row` to `table` and return the new row's id. The row becomes visible only when
    /// the insert completes: a cancelled or failed insert writes nothing.
    pub async fn insert(&self, table: &str, row: impl Into<String>) -> Result<u64, ServiceError> {
        let row = row.into();
        let id = {
            let mut next = self
                .next_insert_id
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            *next += 1;
            *next
        };
        self.service.call(id, || ()).await?;
        self.tables
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(table.to_owned())
            .or_default()
            .push(row);
        Ok(id)
    }

    /// The rows written to `table` so far, in the order their inserts completed. Not a call:
    /// tests use it to inspect the effect of the code under test.
    #[track_caller]
    pub fn rows(&self, table: &str) -> Vec<String> {
        crate::instruments::for_tests_only("Database::rows");
        self.tables
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(table)
            .cloned()
            .unwrap_or_default()
    }

    /// A snapshot of the database's counters.
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("Database::stats");
        self.service.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn inserts_become_visible_when_they_complete() {
        let db = Database::new();
        let insert = db.insert("audit_log", "order 1 placed");
        assert!(db.rows("audit_log").is_empty());
        assert_eq!(insert.await, Ok(1));
        assert_eq!(db.rows("audit_log"), ["order 1 placed"]);
        assert_eq!(db.insert("orders", "order 2").await, Ok(2));
        assert_eq!(db.rows("audit_log").len(), 1);
        assert_eq!(db.stats().started, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_insert_writes_nothing() {
        let db = Database::new();
        let cut_short =
            tokio::time::timeout(Duration::from_millis(50), db.insert("audit_log", "lost")).await;
        assert!(cut_short.is_err());
        assert!(db.rows("audit_log").is_empty());
        assert_eq!(db.stats().dropped, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn reads_return_the_row_for_their_key() {
        let db = Database::new().failing_for(9);
        assert_eq!(db.query(3).await.unwrap().value, "row-3");
        assert!(db.query(9).await.is_err());
    }
}
