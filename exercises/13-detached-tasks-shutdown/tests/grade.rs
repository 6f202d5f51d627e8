//! Grading tests for exercise 13: every recorded event is in the database when `shutdown`
//! returns, even when the program ends right after (a runtime dropped like the end of `main`
//! cancels whatever is still running, which the database counts), and `shutdown` returns the
//! moment the last write is done, not at a time of its own choosing; a failed write is
//! reported; and shutdown waits exactly as long as the writes need (tokio's paused clock, both
//! bounds).

use std::time::Duration;

use exercise_13::AuditLog;
use kit_harness::{
    Concurrency, Database, Exercise, Failure, Message, ServiceError, measure, msg,
    unpredictable_moment,
};
use tokio::time::Instant;

const EXERCISE: Exercise = Exercise::new("exercise-13");
/// The table the README names; the test's own, not the learner's constant.
const AUDIT_TABLE: &str = "audit_log";
/// A write takes a time drawn anew for every database, between these two: a `shutdown` that
/// sleeps for as long as a write takes, instead of waiting for the writes, cannot know it.
const WRITE_TAKES_AT_LEAST: Duration = Duration::from_millis(100);
const WRITE_TAKES_AT_MOST: Duration = Duration::from_millis(900);
/// How much longer than one write a shutdown that waits for its writes may take, and how long
/// after the last write finished it may return: a shutdown woken by its writes needs none of
/// it, one that sleeps instead overshoots by far more.
const MARGIN: Duration = Duration::from_millis(10);
const EVENTS: [&str; 5] = [
    "alice logged in",
    "bob changed his password",
    "carol exported a report",
    "dave deleted a draft",
    "erin logged out",
];

/// A database whose writes take `write_latency` each.
fn database_with(write_latency: Duration) -> Database {
    Database::new().with_latency(write_latency)
}

fn database() -> Database {
    database_with(write_latency())
}

fn write_latency() -> Duration {
    unpredictable_moment(WRITE_TAKES_AT_LEAST, WRITE_TAKES_AT_MOST)
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
fn assert_all_written(db: &Database, when: Message) {
    let mut rows = db.rows(AUDIT_TABLE);
    rows.sort();
    let mut expected: Vec<String> = EVENTS.iter().map(|event| (*event).to_owned()).collect();
    expected.sort();
    EXERCISE.ensure(rows == expected, || {
        Failure::new(msg!(
            "exercise-13-assert-all-written-problem",
            written = rows.len(),
            events = EVENTS.len(),
            when = when
        ))
        .why(msg!("exercise-13-assert-all-written-why"))
        .help(msg!("exercise-13-track-help"))
    });
}

/// `shutdown` returned `returned_at` after `db` was created: no later than `MARGIN` after the
/// last write finished. A shutdown that sleeps long enough for every write still loses none
/// on this run, but it is waiting for a clock, not for the writes.
#[track_caller]
fn assert_returned_with_the_last_write(db: &Database, returned_at: Duration) {
    let Some(last_write) = db
        .stats()
        .calls
        .iter()
        .filter_map(|call| call.ended_at)
        .max()
    else {
        return;
    };
    let late_by = returned_at.saturating_sub(last_write);
    EXERCISE.ensure(late_by <= MARGIN, || {
        Failure::new(msg!(
            "exercise-13-shutdown-returned-late-problem",
            late_by = late_by,
            last_write = last_write,
            returned = returned_at
        ))
        .why(msg!("exercise-13-shutdown-returned-late-why"))
        .help(msg!("exercise-13-track-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn every_event_is_written_before_shutdown_returns() {
    let created = Instant::now();
    let db = database();
    let _ = record_then_shut_down(&db).await;
    assert_all_written(&db, msg!("exercise-13-when-shutdown-returned"));
    assert_returned_with_the_last_write(&db, created.elapsed());
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
    let write_latency = write_latency();
    let (db, returned_at) = runtime.block_on(async {
        let created = Instant::now();
        let db = database_with(write_latency);
        let mut audit = AuditLog::new(db.clone());
        for event in EVENTS {
            audit.record(event);
        }
        // The rest of the program's work: the writes get going meanwhile.
        tokio::time::sleep(write_latency / 2).await;
        let _ = audit.shutdown().await;
        (db, created.elapsed())
    });
    drop(runtime);

    let stats = db.stats();
    EXERCISE.ensure(stats.dropped == 0, || {
        Failure::new(msg!(
            "exercise-13-no-write-is-lost-when-the-program-exits-problem",
            dropped = stats.dropped,
            started = stats.started
        ))
        .why(msg!(
            "exercise-13-no-write-is-lost-when-the-program-exits-why"
        ))
        .help(msg!("exercise-13-track-help"))
    });
    assert_all_written(&db, msg!("exercise-13-after-the-program-ended"));
    assert_returned_with_the_last_write(&db, returned_at);
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
        Failure::new(msg!(
            "exercise-13-a-failed-write-is-reported-at-shutdown-problem",
            failures = format!("{:?}", failures)
        ))
        .why(msg!(
            "exercise-13-a-failed-write-is-reported-at-shutdown-why"
        ))
        .help(msg!(
            "exercise-13-a-failed-write-is-reported-at-shutdown-help"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn shutdown_waits_for_the_writes() {
    let write_latency = write_latency();
    let db = database_with(write_latency);
    let mut audit = AuditLog::new(db.clone());
    for event in EVENTS {
        audit.record(event);
    }
    let run = measure(audit.shutdown()).await;
    EXERCISE
        .elapsed(
            msg!("exercise-13-shutdown-waits-for-the-writes-what"),
            run.elapsed,
        )
        .between(write_latency, write_latency + MARGIN)
        .reference(Concurrency::Unbounded)
        // A message of its own: a shutdown faster than one write did not wait.
        .too_fast_failure(
            Failure::new(msg!(
                "exercise-13-shutdown-waits-for-the-writes-problem",
                elapsed = run.elapsed,
                events = EVENTS.len(),
                write_latency = write_latency
            ))
            .why(msg!("exercise-13-shutdown-waits-for-the-writes-why"))
            .help(msg!("exercise-13-track-help")),
        )
        .too_slow_means(msg!(
            "exercise-13-shutdown-waits-for-the-writes-too-slow",
            write_latency = write_latency
        ))
        .help(msg!("exercise-13-shutdown-waits-for-the-writes-help"))
        .check();
}
