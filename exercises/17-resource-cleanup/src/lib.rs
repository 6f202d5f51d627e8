//! Exercise 17: resource cleanup. A pool lends out a fixed number of database connections;
//! every request handler borrows one for its query and must give it back. Run
//! `kit grade exercise-17` to see what happens to the pool after failed, timed-out and
//! cancelled requests.

use std::sync::{Mutex, PoisonError};

use kit_harness::{Database, Row, ServiceError};
use tokio::sync::Semaphore;

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
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Borrow a connection, waiting until one is idle. Give it back with [`Pool::release`].
    // TODO: nothing makes the caller give the connection back: a `?`, a panic, a timeout or an
    // aborted task between `acquire` and `release` loses it for good, and the pool shrinks
    // until every caller waits forever. Return a guard instead, a type that derefs to the
    // connection and gives it back to the pool in its `Drop`, so that leaving the scope in ANY
    // way returns it (Python's `async with pool.acquire() as conn`).
    pub async fn acquire(&self) -> Connection {
        let permit = self
            .available
            .acquire()
            .await
            .expect("the pool's semaphore is never closed");
        permit.forget(); // the permit comes back with the connection, in `release`
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .expect("a permit means an idle connection")
    }

    /// Give a borrowed connection back to the pool.
    pub fn release(&self, connection: Connection) {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(connection);
        self.available.add_permits(1);
    }
}

/// Handle one request: borrow a connection, read the row under `key`, give the connection back.
pub async fn handle_request(pool: &Pool, key: u64) -> Result<Row, ServiceError> {
    let connection = pool.acquire().await;
    let row = connection.query(key).await?;
    pool.release(connection);
    Ok(row)
}
