//! A synchronous reporting library, the "legacy sync DB library without an async version" of
//! the seeds: it reads a file and queries its database through a synchronous driver, and every
//! call blocks the thread that makes it. Leave this file as it is; the exercise is about
//! calling it correctly from async code.

use std::io;
use std::path::Path;

use kit_harness::SyncDatabase;

/// Load the SQL of the report from `template` (a file), run it for `user_id` on `db` and return
/// the rendered report. Blocks for the file read and the query (0.4 s).
pub fn run_report_query(db: &SyncDatabase, template: &Path, user_id: u32) -> io::Result<String> {
    let sql = std::fs::read_to_string(template)?;
    let rows = db.query(&sql, user_id);
    Ok(format!(
        "report for user {user_id}: {} ({rows} rows)",
        sql.trim()
    ))
}
