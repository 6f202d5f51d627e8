//! The two partial-credit tricks the second red-team round left open, each played against the
//! real `kit` binary on a copy of this repository's exercises: the grade a trick earns now,
//! and the message that says why.
//!
//! - exercise 13: a shutdown that sleeps longer than any write takes, instead of waiting for
//!   the writes. Only the timing check caught it (8/10 before the lint rule came back). Both
//!   writes-are-kept checks now also require `shutdown` to return with the last write;
//! - exercise 21: a sleep-and-check loop that looks once a minute, so quiet that the wake-up
//!   check passed (6/10). That check now also requires the handlers to notice the end within
//!   0.1 s: a loop quiet enough to pass it is seconds late.

mod kit_support;

use kit_support::{KitCopy, checks, message_of, score};

/// The status and score of check `name` in a `--format json` report.
fn outcome_of(report: &serde_json::Value, name: &str) -> (String, u64) {
    checks(report)
        .into_iter()
        .find(|(check, _, _)| check == name)
        .map(|(_, status, score)| (status, score))
        .unwrap_or_else(|| panic!("no check {name} in {report:#}"))
}

fn assert_contains(text: &str, expected: &str) {
    assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
}

fn assert_failed(report: &serde_json::Value, check: &str) {
    assert_eq!(
        outcome_of(report, check),
        ("fail".to_owned(), 0),
        "{check}: {report:#}"
    );
}

const EX13_LIB: &str = "exercises/13-detached-tasks-shutdown/src/lib.rs";

/// Detached writes whose errors reach `shutdown` through shared state, and a `shutdown` that
/// sleeps a second: longer than any write takes (0.1 s to 0.9 s), so no write is ever lost.
const SLEEPS_PAST_EVERY_WRITE: &str = r#"
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kit_harness::{Database, ServiceError};

pub const AUDIT_TABLE: &str = "audit_log";

pub struct AuditLog {
    db: Database,
    failures: Arc<Mutex<Vec<ServiceError>>>,
}

impl AuditLog {
    pub fn new(db: Database) -> Self {
        Self { db, failures: Arc::default() }
    }

    pub fn record(&mut self, event: impl Into<String>) {
        let (db, event, failures) = (self.db.clone(), event.into(), Arc::clone(&self.failures));
        tokio::spawn(async move {
            if let Err(error) = db.insert(AUDIT_TABLE, event).await {
                failures.lock().unwrap().push(error);
            }
        });
    }

    pub async fn shutdown(self) -> Vec<ServiceError> {
        tokio::time::sleep(Duration::from_secs(1)).await;
        std::mem::take(&mut *self.failures.lock().unwrap())
    }
}
"#;

#[test]
fn a_shutdown_that_sleeps_past_every_write_keeps_only_the_error_points() {
    let kit = KitCopy::new();
    kit.write(EX13_LIB, SLEEPS_PAST_EVERY_WRITE);
    let (report, run) = kit.grade_json("13", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    // The errors do reach the caller: that part of the lesson is learnt.
    assert_eq!(
        outcome_of(&report, "a_failed_write_is_reported_at_shutdown"),
        ("pass".to_owned(), 2)
    );
    for check in [
        "every_event_is_written_before_shutdown_returns",
        "no_write_is_lost_when_the_program_exits",
        "shutdown_waits_for_the_writes",
        // The detached `tokio::spawn` is still there.
        "asynclint",
    ] {
        assert_failed(&report, check);
    }
    for check in [
        "every_event_is_written_before_shutdown_returns",
        "no_write_is_lost_when_the_program_exits",
    ] {
        let message = message_of(&report, check);
        assert_contains(&message, "`shutdown` returned ");
        assert_contains(
            &message,
            " after the last write had finished (the last write at ",
        );
        assert_contains(
            &message,
            "a shutdown that sleeps guesses how long the writes take instead of waiting for them",
        );
    }
    assert_eq!(score(&report), 2, "{report:#}");
}

const EX21_LIB: &str = "exercises/21-busy-waiting/src/lib.rs";
const WAKEUPS_CHECK: &str = "waiting_lets_the_runtime_sleep";

#[test]
fn a_poll_once_a_minute_is_quiet_but_late_and_earns_neither_point() {
    let kit = KitCopy::new();
    let starter = kit.read(EX21_LIB);
    let every_minute = starter.replace("Duration::from_millis(100);", "Duration::from_secs(60);");
    assert_ne!(every_minute, starter, "the starter's interval moved");
    kit.write(EX21_LIB, &every_minute);
    let (report, run) = kit.grade_json("21", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_failed(
        &report,
        "waiting_requests_resume_the_moment_the_migrations_end",
    );
    assert_failed(&report, WAKEUPS_CHECK);
    let message = message_of(&report, WAKEUPS_CHECK);
    assert_contains(
        &message,
        "the runtime slept, but only because the waiting requests looked too seldom",
    );
    assert_contains(&message, "the last request noticed ");
    assert_contains(&message, "checking every minute is quiet but a minute late");
    // What is left: a request after the migrations passes straight through, and the lint.
    assert_eq!(score(&report), 2, "{report:#}");

    // The same loop with the starter's 100 ms still fails the check for its wake-ups, first.
    kit.write(EX21_LIB, &starter);
    let (report, _) = kit.grade_json("21", &[]);
    assert_failed(&report, WAKEUPS_CHECK);
    assert_contains(&message_of(&report, WAKEUPS_CHECK), "the runtime was woken");
}
