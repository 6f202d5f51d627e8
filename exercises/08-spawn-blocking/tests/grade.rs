//! Grading tests for exercise 08: the report is right (and a missing template is an error),
//! and building it never blocks the runtime, proven by the stall watchdog on a current_thread
//! runtime: the legacy library blocks for 0.4 s, the watchdog allows 0.1 s. The library's
//! database driver counts its queries, which proves the library really ran: a report made
//! without it would not block anything, and would not be the lesson either.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use exercise_08::report_for;
use kit_harness::{Exercise, Failure, StallWatchdog, SyncDatabase, msg};

const EXERCISE: Exercise = Exercise::new("exercise-08");
const SQL: &str = "SELECT * FROM orders WHERE user_id = $1";
/// A quarter of the legacy library's 0.4 s block: wide, because the real clock is noisy.
const STALL_THRESHOLD: Duration = Duration::from_millis(100);
const USER: u32 = 7;
/// The rows the test's database finds for [`USER`]: the report can only show them if the
/// library's query ran.
const ROWS: u64 = 3;

/// The legacy library's database, blocking 0.4 s per query.
fn database() -> SyncDatabase {
    SyncDatabase::new().with_rows_for(USER, ROWS)
}

/// Fail unless the library's query ran exactly once and to the end.
#[track_caller]
fn assert_the_library_ran(db: &SyncDatabase) {
    let stats = db.stats();
    EXERCISE.ensure(stats.completed() == 1, || {
        Failure::new(msg!(
            "exercise-08-assert-the-library-ran-problem",
            completed = stats.completed()
        ))
        .why(msg!("exercise-08-assert-the-library-ran-why"))
        .help(msg!("exercise-08-assert-the-library-ran-help"))
    });
}

/// A SQL template written to a file of its own, removed when dropped.
struct Template(PathBuf);

impl Template {
    fn write(test: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("kit-exercise-08-{}-{test}.sql", std::process::id()));
        std::fs::write(&path, format!("{SQL}\n")).expect("the test could not write its template");
        Self(path)
    }
}

impl Drop for Template {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[kit_harness::check]
async fn returns_the_report() {
    let template = Template::write("returns_the_report");
    let db = database();
    let report = report_for(db.clone(), template.0.clone(), USER).await;
    let expected = format!("report for user {USER}: {SQL} ({ROWS} rows)");
    EXERCISE.ensure(
        report.as_ref().is_ok_and(|report| *report == expected),
        || {
            Failure::new(msg!(
                "exercise-08-returns-the-report-problem",
                expected = format!("{:?}", expected),
                report = format!("{:?}", report)
            ))
            .help(msg!("exercise-08-returns-the-report-help"))
        },
    );
    assert_the_library_ran(&db);
}

#[kit_harness::check]
async fn a_missing_template_is_an_error() {
    let missing = std::env::temp_dir().join("kit-exercise-08-no-such-template.sql");
    let report = report_for(database(), missing, USER).await;
    EXERCISE.ensure(
        report
            .as_ref()
            .is_err_and(|error| error.kind() == io::ErrorKind::NotFound),
        || {
            Failure::new(msg!(
                "exercise-08-a-missing-template-is-an-error-problem",
                report = format!("{:?}", report)
            ))
            .help(msg!("exercise-08-a-missing-template-is-an-error-help"))
        },
    );
}

#[kit_harness::check] // current_thread: a blocked runtime thread cannot hide behind another worker
async fn building_a_report_never_blocks_the_runtime() {
    let template = Template::write("building_a_report_never_blocks_the_runtime");
    let db = database();
    let watchdog = StallWatchdog::start();
    let report = report_for(db.clone(), template.0.clone(), USER).await;
    let stalls = watchdog.stop();
    EXERCISE.assert_no_stall(
        &stalls,
        STALL_THRESHOLD,
        msg!("exercise-08-building-a-report-never-blocks-the-runtime-help"),
    );
    EXERCISE.ensure(report.is_ok(), || {
        Failure::new(msg!(
            "exercise-08-building-a-report-never-blocks-the-runtime-problem",
            report = format!("{:?}", report)
        ))
        .help(msg!(
            "exercise-08-building-a-report-never-blocks-the-runtime-help-2"
        ))
    });
    // Checked last on purpose: a learner who skipped the library should first read that
    // nothing blocked, then why that does not count.
    assert_the_library_ran(&db);
}
