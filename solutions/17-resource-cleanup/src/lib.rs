//! Exercise 17, solved: a borrowed connection is a guard whose `Drop` gives it back, so no way
//! out of a handler (success, `?`, panic, timeout, abort) can leak it.

use std::ops::Deref;
use std::sync::{Mutex, PoisonError};

use kit_harness::{Database, Row, ServiceError};
use tokio::sync::{Semaphore, SemaphorePermit};

/// One connection to the database.
#[derive(Debug)]
pub struct Connection {
    db: Database,
}

impl Connection {
    /// Read the row stored under `key` over this connection.
    pub async fn query(&self, key: u64) -> Result<Row, ServiceError> {
        self.db.query(key).await
    }
}

/// A fixed set of connections, lent out one per caller. A caller that finds every connection
/// in use waits until one is given back.
#[derive(Debug)]
pub struct Pool {
    size: usize,
    idle: Mutex<Vec<Connection>>,
    // One permit per idle connection: waiting for a permit is waiting for a connection.
    available: Semaphore,
}

/// A connection borrowed from a [`Pool`]; it goes back to the pool when this guard is
/// dropped. Use it as a `&Connection` (it derefs to one).
#[derive(Debug)]
pub struct PooledConnection<'pool> {
    pool: &'pool Pool,
    // `Option` only so that `Drop` can move the connection out; it is `Some` until then.
    connection: Option<Connection>,
    // Kept, not forgotten: dropping it after the connection is back in `idle` wakes the next
    // waiter, who then finds the connection there.
    _permit: SemaphorePermit<'pool>,
}

impl Deref for PooledConnection<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.connection
            .as_ref()
            .expect("the connection is only taken out in drop")
    }
}

impl Drop for PooledConnection<'_> {
    // Rust runs `Drop` whenever the guard goes out of scope: at the end of a block, on an early
    // `return` or `?`, while a panic unwinds, and when the future holding it is dropped
    // half-way (a `timeout` that fires, an aborted task). That is what Python's `__aexit__`
    // gives `async with`, without an `await`: returning a connection to the pool needs no I/O,
    // so it fits in a synchronous `Drop`. Fields drop after this body, so the permit is
    // released only once the connection is back.
    fn drop(&mut self) {
        if let Some(connection) = self.connection.take() {
            self.pool.idle_connections().push(connection);
        }
    }
}

impl Pool {
    /// A pool of `size` connections to `db`.
    pub fn new(db: &Database, size: usize) -> Self {
        let connections = (0..size).map(|_| Connection { db: db.clone() }).collect();
        Self {
            size,
            idle: Mutex::new(connections),
            available: Semaphore::new(size),
        }
    }

    /// How many connections the pool owns.
    pub fn size(&self) -> usize {
        self.size
    }

    /// How many connections are in the pool right now, ready to be lent out.
    pub fn idle(&self) -> usize {
        self.idle_connections().len()
    }

    /// Borrow a connection, waiting until one is idle; it goes back when the guard is dropped.
    pub async fn acquire(&self) -> PooledConnection<'_> {
        // Waiting here is cancel-safe: a caller dropped while waiting holds no permit yet, so
        // there is nothing to give back.
        let permit = self
            .available
            .acquire()
            .await
            .expect("the pool's semaphore is never closed");
        let connection = self
            .idle_connections()
            .pop()
            .expect("a permit means an idle connection");
        PooledConnection {
            pool: self,
            connection: Some(connection),
            _permit: permit,
        }
    }

    fn idle_connections(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        // Pushing or popping one connection cannot leave the Vec half-changed, so a poisoned
        // lock still guards a consistent list.
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Handle one request: borrow a connection, read the row under `key`, give the connection back.
pub async fn handle_request(pool: &Pool, key: u64) -> Result<Row, ServiceError> {
    // No `release` to forget: the guard lives until the end of this function however it ends,
    // including the `?` path (a failed query) and a drop of this future mid-query (the caller's
    // timeout, an aborted task).
    let connection = pool.acquire().await;
    connection.query(key).await
}
