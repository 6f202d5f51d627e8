//! A synchronous database driver, the kind a legacy library is built on: every query BLOCKS
//! the thread that makes it (real time, not tokio time), and is counted. The count is how a
//! test proves that the legacy code really ran, wherever the learner ran it: only a query that
//! blocked for its whole query time completes.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use crate::calls::{CallLog, CallStats, Outcome};

/// A blocking database driver; see the module docs. Cheap to clone (clones share the
/// counters), so it can be moved into `tokio::task::spawn_blocking`.
#[derive(Debug, Clone)]
pub struct SyncDatabase {
    log: CallLog,
    query_time: Duration,
    rows_by_user: Arc<HashMap<u32, u64>>,
}

impl Default for SyncDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl SyncDatabase {
    /// How long a query blocks unless configured otherwise.
    pub const DEFAULT_QUERY_TIME: Duration = Duration::from_millis(400);

    /// A driver whose queries block for [`DEFAULT_QUERY_TIME`](Self::DEFAULT_QUERY_TIME) and
    /// find no rows.
    pub fn new() -> Self {
        Self {
            log: CallLog::new("legacy database"),
            query_time: Self::DEFAULT_QUERY_TIME,
            rows_by_user: Arc::default(),
        }
    }

    /// Every query blocks for `query_time`.
    pub fn with_query_time(self, query_time: Duration) -> Self {
        Self { query_time, ..self }
    }

    /// Queries for `user_id` find `rows` rows.
    pub fn with_rows_for(mut self, user_id: u32, rows: u64) -> Self {
        Arc::make_mut(&mut self.rows_by_user).insert(user_id, rows);
        self
    }

    /// Run `sql` for `user_id` and return how many rows it found. Blocks the calling thread for
    /// the query time, like any synchronous driver; the call counts as completed only once it
    /// has.
    pub fn query(&self, sql: &str, user_id: u32) -> u64 {
        let _ = sql; // the simulated server answers by user
        let call = self.log.begin_expecting(user_id.into(), self.query_time);
        std::thread::sleep(self.query_time);
        call.finish(Outcome::Succeeded);
        self.rows_by_user.get(&user_id).copied().unwrap_or(0)
    }

    /// A snapshot of the driver's counters (keys are user ids).
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("SyncDatabase::stats");
        self.log.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_blocks_its_thread_and_counts() {
        let db = SyncDatabase::new()
            .with_query_time(Duration::from_millis(50))
            .with_rows_for(7, 3);
        let started = std::time::Instant::now();
        assert_eq!(db.query("SELECT 1", 7), 3);
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert_eq!(db.query("SELECT 1", 8), 0);
        let stats = db.stats();
        assert_eq!((stats.started, stats.completed()), (2, 2));
        assert_eq!(stats.calls[0].key, 7);
    }

    #[tokio::test]
    async fn queries_count_from_the_blocking_pool() {
        let db = SyncDatabase::new().with_query_time(Duration::from_millis(20));
        let clone = db.clone();
        let rows = tokio::task::spawn_blocking(move || clone.query("SELECT 1", 1))
            .await
            .unwrap();
        assert_eq!(rows, 0);
        assert_eq!(db.stats().completed(), 1);
    }
}
