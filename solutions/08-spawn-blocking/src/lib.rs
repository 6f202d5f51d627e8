//! Exercise 08, solved: the blocking library call runs on tokio's blocking thread pool with
//! `spawn_blocking`, the `asyncio.to_thread` of the seeds.

use std::io;
use std::path::PathBuf;

use kit_harness::SyncDatabase;

pub mod legacy;

/// Produce the report of `user_id` from the SQL template at `template` with the legacy library
/// and its database `db`, without blocking the async runtime while the library works.
pub async fn report_for(db: SyncDatabase, template: PathBuf, user_id: u32) -> io::Result<String> {
    // `spawn_blocking` hands the closure to a thread of tokio's blocking pool, a pool kept for
    // exactly this: sync code that waits (file system, sync drivers). The runtime's thread
    // only awaits the JoinHandle, which suspends this task like any other `.await`, so every
    // other task keeps running while the library blocks ITS thread for 0.4 s.
    //
    // The closure must be `'static` (it may outlive this call on another thread), hence the
    // owned `PathBuf` and the database handle (a cheap clone of shared state) moved into it
    // rather than borrowed.
    let report =
        tokio::task::spawn_blocking(move || legacy::run_report_query(&db, &template, user_id));
    // The outer `Result` is the thread's: `Err` only if the library panicked, and a panic
    // belongs to the caller. The inner one is the library's own I/O error, returned as is.
    report.await.expect("the legacy report library panicked")
}
