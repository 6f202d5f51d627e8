//! A synchronous reporting library, the "legacy sync DB library without an async version" of
//! the seeds: every call blocks the thread that makes it. Leave this file as it is; the
//! exercise is about calling it correctly from async code.

use std::io;
use std::path::Path;
use std::time::Duration;

/// How long the library's database driver waits for the server, blocking its thread.
pub const QUERY_TIME: Duration = Duration::from_millis(400);

/// Load the SQL of the report from `template` (a file), run it for `user_id` and return the
/// rendered report. Blocks for [`QUERY_TIME`] and the file read.
pub fn run_report_query(template: &Path, user_id: u32) -> io::Result<String> {
    let sql = std::fs::read_to_string(template)?;
    std::thread::sleep(QUERY_TIME);
    Ok(format!("report for user {user_id}: {}", sql.trim()))
}
