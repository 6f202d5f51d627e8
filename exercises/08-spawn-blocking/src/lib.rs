//! Exercise 08: a blocking call on the runtime. A request handler needs a report that only a
//! synchronous legacy library can produce (`legacy.rs`: a file read and a blocking database
//! driver). Run `kit grade exercise-08` to see what calling it directly does to the runtime.

use std::io;
use std::path::PathBuf;

use kit_harness::SyncDatabase;

pub mod legacy;

/// Produce the report of `user_id` from the SQL template at `template` with the legacy library
/// and its database `db`, without blocking the async runtime while the library works.
pub async fn report_for(db: SyncDatabase, template: PathBuf, user_id: u32) -> io::Result<String> {
    // TODO: `run_report_query` reads a file and then waits 0.4 s for its database, blocking
    // the thread that calls it. Called here, that thread is the runtime's: no other task can
    // run until it returns. There is no async version of the library: run it somewhere else.
    legacy::run_report_query(&db, &template, user_id)
}
