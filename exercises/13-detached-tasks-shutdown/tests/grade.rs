//! Grading tests for exercise 13: every recorded event is in the database when `shutdown`
//! returns, even when the program ends right after (a runtime dropped like the end of `main`
//! cancels whatever is still running, which the database counts); a failed write is reported;
//! and shutdown waits exactly as long as the writes need (tokio's paused clock, both bounds).

use std::time::Duration;

use exercise_13::AuditLog;
use kit_harness::{
    Concurrency, Database, Exercise, Failure, ServiceError, format_duration, measure,
};

const EXERCISE: Exercise = Exercise::new("exercise-13");
/// The table the README names; the test's own, not the learner's constant.
const AUDIT_TABLE: &str = "audit_log";
const WRITE_LATENCY: Duration = Duration::from_millis(100);
const EVENTS: [&str; 5] = [
    "alice logged in",
    "bob changed his password",
    "carol exported a report",
    "dave deleted a draft",
    "erin logged out",
];

const TRACK_HELP: &str = "keep every write you spawn (a `tokio::task::JoinSet` in the struct) \
                          and, in `shutdown`, wait until each of them has finished";

fn database() -> Database {
    Database::new().with_latency(WRITE_LATENCY)
}

/// Record the five events, then shut the audit log down.
async fn record_then_shut_down(db: &Database) -> Vec<ServiceError> {
    let mut audit = AuditLog::new(db.clone());
    for event in EVENTS {
        audit.record(event);
    }
    audit.shutdown().await
}

#[track_caller]
fn assert_all_written(db: &Database, when: &str) {
    let mut rows = db.rows(AUDIT_TABLE);
    rows.sort();
    let mut expected: Vec<String> = EVENTS.iter().map(|event| (*event).to_owned()).collect();
    expected.sort();
    EXERCISE.ensure(rows == expected, || {
        Failure::new(format!(
            "{} of the {} recorded events were in the audit log {when}",
            rows.len(),
            EVENTS.len()
        ))
        .why(
            "a detached task is not waited for by anyone: when the program stops, the runtime \
             drops it halfway and its write is lost",
        )
        .help(TRACK_HELP)
    });
}

#[kit_harness::check(start_paused = true)]
async fn every_event_is_written_before_shutdown_returns() {
    let db = database();
    let _ = record_then_shut_down(&db).await;
    assert_all_written(&db, "when `shutdown` returned");
}

#[kit_harness::check]
fn no_write_is_lost_when_the_program_exits() {
    // A program in miniature: `main` records the events, shuts the log down and returns;
    // then the runtime is dropped, which cancels every task still running.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("a current_thread runtime builds");
    let db = runtime.block_on(async {
        let db = database();
        let mut audit = AuditLog::new(db.clone());
        for event in EVENTS {
            audit.record(event);
        }
        // The rest of the program's work: the writes get going meanwhile.
        tokio::time::sleep(WRITE_LATENCY / 2).await;
        let _ = audit.shutdown().await;
        db
    });
    drop(runtime);

    let stats = db.stats();
    EXERCISE.ensure(stats.dropped == 0, || {
        Failure::new(format!(
            "{} of the {} audit writes were cancelled when the program ended",
            stats.dropped, stats.started
        ))
        .why(
            "returning from `main` stops the runtime, and the runtime drops every task still \
             running: writes nobody waited for are cut off (the seed's fire-and-forget leak)",
        )
        .help(TRACK_HELP)
    });
    assert_all_written(&db, "after the program ended");
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_write_is_reported_at_shutdown() {
    // Inserts are numbered in the order they start: the third event's write fails.
    let db = database().failing_for(3);
    let failures = record_then_shut_down(&db).await;
    let expected = ServiceError::Failed {
        service: "database",
        key: 3,
    };
    EXERCISE.ensure(failures == [expected], || {
        Failure::new(format!(
            "the third audit write failed, but `shutdown` reported {failures:?}"
        ))
        .why("an error inside a detached task goes nowhere: nobody holds its JoinHandle")
        .help(
            "join every write you spawned (`JoinSet::join_next`) and keep the errors it hands \
             back",
        )
    });
}

#[kit_harness::check(start_paused = true)]
async fn shutdown_waits_for_the_writes() {
    let db = database();
    let mut audit = AuditLog::new(db.clone());
    for event in EVENTS {
        audit.record(event);
    }
    let run = measure(audit.shutdown()).await;
    EXERCISE
        .elapsed("shutting down with 5 writes in flight", run.elapsed)
        .between(WRITE_LATENCY, WRITE_LATENCY + Duration::from_millis(50))
        .reference(Concurrency::Unbounded)
        // A message of its own: a shutdown faster than one write did not wait.
        .too_fast_failure(
            Failure::new(format!(
                "`shutdown` returned after {} of simulated time, before the {} writes still \
                 running could finish (each takes {})",
                format_duration(run.elapsed),
                EVENTS.len(),
                format_duration(WRITE_LATENCY)
            ))
            .why("a shutdown that does not wait lets the program end with its work half done")
            .help(TRACK_HELP),
        )
        .too_slow_means(
            "the writes ran one after another; started in the background by `record`, they \
             overlap and all finish after 0.1 s",
        )
        .help("spawn each write in `record` and only wait for them in `shutdown`")
        .check();
}
