//! Grading tests for exercise 02: placing an order really writes the audit entry, takes the
//! time of both writes on tokio's paused clock, and reports a failed audit write.

use std::time::Duration;

use exercise_02::place_order;
use kit_harness::{Database, Exercise, Failure, ServiceError, measure};

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
        Failure::new(format!(
            "placing alice's order returned {result:?} and left the orders table as {orders:?}"
        ))
        .help("insert the order and return the id the database gave it")
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_audit_log_records_the_order() {
    let db = Database::new();
    let _ = place_order(&db, "alice", "teapot").await;
    let audit_log = db.rows("audit_log");
    EXERCISE.ensure(audit_log == ["order 1 placed by alice"], || {
        let problem = if audit_log.is_empty() {
            format!(
                "the audit log is empty after `place_order` returned; the database saw {} \
                 insert(s), so the audit write never started",
                db.stats().started
            )
        } else {
            format!("the audit log holds {audit_log:?}, expected [\"order 1 placed by alice\"]")
        };
        Failure::new(problem)
            .why("calling an async fn only creates a future; a future that is dropped without being awaited never runs")
            .help("await the audit write (and pass its error on with `?`)")
    });
}

#[kit_harness::check(start_paused = true)]
async fn placing_an_order_takes_both_writes() {
    let db = Database::new().with_latency(QUERY_LATENCY);
    let run = measure(place_order(&db, "alice", "teapot")).await;
    EXERCISE
        .elapsed("placing an order", run.elapsed)
        .between(2 * QUERY_LATENCY, 2 * QUERY_LATENCY + Duration::from_millis(50))
        .too_fast_means(
            "two writes of 0.1 s each, one after the other, take 0.2 s; finishing sooner means \
             one write never ran: a future that is not awaited takes no time because it does nothing",
        )
        .too_slow_means("the two writes should take 0.2 s together")
        .check();
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
            Failure::new(format!(
                "the audit write failed, but `place_order` returned {result:?}"
            ))
            .why("an error inside a future nobody awaits is lost, like the work itself")
            .help("await the audit write and pass its error on with `?`")
        },
    );
}
