//! Grading tests for exercise 02: placing an order really writes the audit entry, takes the
//! time of both writes on tokio's paused clock, and reports a failed audit write.

use std::time::Duration;

use exercise_02::place_order;
use kit_harness::{Database, Exercise, Failure, ServiceError, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-02");
const QUERY_LATENCY: Duration = Duration::from_millis(100);
/// Inserts are numbered in the order they start: the order is row 1, its audit entry row 2.
const AUDIT_INSERT: u64 = 2;

#[kit_harness::check(start_paused = true)]
async fn stores_the_order() {
    let db = Database::new();
    let result = place_order(&db, "alice", "teapot").await;
    let orders = db.rows("orders");
    EXERCISE.ensure(result == Ok(1) && orders == ["alice: teapot"], || {
        Failure::new(msg!(
            "exercise-02-stores-the-order-problem",
            result = format!("{:?}", result),
            orders = format!("{:?}", orders)
        ))
        .help(msg!("exercise-02-stores-the-order-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_audit_log_records_the_order() {
    let db = Database::new();
    let _ = place_order(&db, "alice", "teapot").await;
    let audit_log = db.rows("audit_log");
    EXERCISE.ensure(audit_log == ["order 1 placed by alice"], || {
        let problem = if audit_log.is_empty() {
            msg!(
                "exercise-02-the-audit-log-records-the-order-problem-empty",
                inserts = db.stats().started
            )
        } else {
            msg!(
                "exercise-02-the-audit-log-records-the-order-problem-wrong",
                audit_log = format!("{audit_log:?}")
            )
        };
        Failure::new(problem)
            .why(msg!("exercise-02-the-audit-log-records-the-order-why"))
            .help(msg!("exercise-02-the-audit-log-records-the-order-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn placing_an_order_takes_both_writes() {
    let db = Database::new().with_latency(QUERY_LATENCY);
    let run = measure(place_order(&db, "alice", "teapot")).await;
    EXERCISE
        .elapsed(
            msg!("exercise-02-placing-an-order-takes-both-writes-what"),
            run.elapsed,
        )
        .between(
            2 * QUERY_LATENCY,
            2 * QUERY_LATENCY + Duration::from_millis(50),
        )
        .too_fast_means(msg!(
            "exercise-02-placing-an-order-takes-both-writes-too-fast"
        ))
        .too_slow_means(msg!(
            "exercise-02-placing-an-order-takes-both-writes-too-slow"
        ))
        .check();
    // The time counts only for a run that did the work: a plain 0.2 s sleep would match it.
    EXERCISE.assert_calls(
        &db.stats(),
        2,
        msg!("exercise-02-the-audit-log-records-the-order-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_audit_write_is_reported() {
    let db = Database::new().failing_for(AUDIT_INSERT);
    let result = place_order(&db, "alice", "teapot").await;
    EXERCISE.ensure(
        result
            == Err(ServiceError::Failed {
                service: "database",
                key: AUDIT_INSERT,
            }),
        || {
            Failure::new(msg!(
                "exercise-02-a-failed-audit-write-is-reported-problem",
                result = format!("{:?}", result)
            ))
            .why(msg!("exercise-02-a-failed-audit-write-is-reported-why"))
            .help(msg!("exercise-02-a-failed-audit-write-is-reported-help"))
        },
    );
}
