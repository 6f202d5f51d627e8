//! Grading tests for exercise 17: every connection comes back to the pool after failed
//! queries, timed-out requests and aborted tasks, and the pool never lends out more than it
//! owns. "Came back" is proven twice: by the pool's idle count, and independently by the
//! database, which must then serve a full pool's worth of queries at once (one 0.1 s round on
//! tokio's paused clock). Every request runs under a time limit, so a leaked pool makes a check
//! fail instead of hanging.

use std::sync::Arc;
use std::time::Duration;

use exercise_17::{Pool, handle_request};
use futures::future::join_all;
use kit_harness::{
    Concurrency, Database, Exercise, Failure, ServiceError, format_duration, measure,
};
use tokio::time::timeout;

const EXERCISE: Exercise = Exercise::new("exercise-17");
const POOL_SIZE: usize = 3;
const QUERY_LATENCY: Duration = Duration::from_millis(100);
const FAILING_KEY: u64 = 13;
const SLOW_KEY: u64 = 99;
const SLOW_QUERY: Duration = Duration::from_secs(10);
/// A request that has not got a connection after this long never will: the pool leaked.
const WAIT_LIMIT: Duration = Duration::from_secs(1);
const PROBE_KEYS: u64 = 1000;

/// A pool of 3 connections to a database answering in 0.1 s (key 13 fails, key 99 takes 10 s).
fn services() -> (Arc<Pool>, Database) {
    let db = Database::new()
        .with_latency(QUERY_LATENCY)
        .failing_for(FAILING_KEY)
        .with_latency_for(SLOW_KEY, SLOW_QUERY);
    (Arc::new(Pool::new(&db, POOL_SIZE)), db)
}

/// Fail unless all the pool's connections are back: the pool says so, and the database then
/// serves `POOL_SIZE` requests at once, in one 0.1 s round.
async fn assert_every_connection_came_back(pool: &Pool, after: &str, help: &str) {
    let idle = pool.idle();
    let probe = measure(timeout(
        WAIT_LIMIT,
        join_all((0..POOL_SIZE as u64).map(|n| handle_request(pool, PROBE_KEYS + n))),
    ))
    .await;
    let probe_served = probe
        .value
        .as_ref()
        .is_ok_and(|rows| rows.iter().all(Result::is_ok));
    let served_at_once = probe_served && probe.elapsed == QUERY_LATENCY;
    EXERCISE.ensure(idle == POOL_SIZE && served_at_once, || {
        let probe_outcome = if probe_served {
            format!(
                "{POOL_SIZE} new requests then took {} instead of one 0.1 s round",
                format_duration(probe.elapsed)
            )
        } else {
            format!(
                "{POOL_SIZE} new requests then waited {} for a connection and gave up",
                format_duration(WAIT_LIMIT)
            )
        };
        Failure::new(format!(
            "{after}, {idle} of the pool's {POOL_SIZE} connections were back in the pool: \
             {probe_outcome}"
        ))
        .why(
            "a connection that is not given back is lost for good: the pool shrinks with every \
             error, and once it is empty every request waits forever, like the seed's \
             unclosed `ClientSession`",
        )
        .help(help)
    });
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_row() {
    let (pool, db) = services();
    let answer = timeout(WAIT_LIMIT, handle_request(&pool, 7)).await;
    let value = answer
        .as_ref()
        .ok()
        .and_then(|row| row.as_ref().ok())
        .map(|row| row.value.as_str());
    EXERCISE.ensure(value == Some("row-7"), || {
        Failure::new(format!("expected row 7, got {answer:?}"))
            .help("query the row under `key` with the borrowed connection")
    });
    EXERCISE.assert_calls(
        &db.stats(),
        1,
        "query the database once, over the borrowed connection",
    );
    assert_every_connection_came_back(
        &pool,
        "after one successful request",
        "give the connection back when the request is done",
    )
    .await;
}

#[kit_harness::check(start_paused = true)]
async fn no_connection_leaks_after_failed_queries() {
    let (pool, _db) = services();
    let mut answers = Vec::new();
    for _ in 0..5 {
        answers.push(timeout(WAIT_LIMIT, handle_request(&pool, FAILING_KEY)).await);
    }
    assert_every_connection_came_back(
        &pool,
        "after 5 requests whose query failed",
        "the `?` returns before the connection is released: make `acquire` return a guard \
         type that gives the connection back in its `Drop`, so every way out of the handler \
         returns it",
    )
    .await;
    let expected = Ok(Err(ServiceError::Failed {
        service: "database",
        key: FAILING_KEY,
    }));
    EXERCISE.ensure(answers.iter().all(|answer| *answer == expected), || {
        Failure::new(format!(
            "the query for key 13 fails, but the 5 requests returned {answers:?}"
        ))
        .help("pass the query's error on to the caller")
    });
}

#[kit_harness::check(start_paused = true)]
async fn no_connection_leaks_after_timeouts() {
    let (pool, _db) = services();
    for _ in 0..5 {
        // The caller gives up after 0.2 s (the seed's `wait_for`), dropping the request
        // future in the middle of its 10 s query.
        let _ = timeout(Duration::from_millis(200), handle_request(&pool, SLOW_KEY)).await;
    }
    assert_every_connection_came_back(
        &pool,
        "after 5 requests were cut short by a 0.2 s timeout",
        "a timeout drops the request's future mid-query, so code after the `.await` never \
         runs: only a `Drop` impl runs on every exit; return the connection from a guard's \
         `Drop`",
    )
    .await;
}

#[kit_harness::check(start_paused = true)]
async fn no_connection_leaks_after_cancelled_tasks() {
    let (pool, db) = services();
    let handlers: Vec<_> = (0..6)
        .map(|_| {
            let pool = Arc::clone(&pool);
            tokio::spawn(async move { handle_request(&pool, SLOW_KEY).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(50)).await;
    for handler in &handlers {
        handler.abort();
    }
    // Aborted tasks are dropped by the runtime a moment later.
    tokio::time::sleep(QUERY_LATENCY).await;
    let cancelled = db.stats().dropped;
    assert_every_connection_came_back(
        &pool,
        &format!("after 6 request tasks were aborted ({cancelled} of them mid-query)"),
        "an aborted task is dropped where it stands, mid-`.await`: return the connection from \
         a guard's `Drop`, which runs when the task is dropped",
    )
    .await;
}

#[kit_harness::check(start_paused = true)]
async fn the_pool_never_exceeds_its_size() {
    let (pool, db) = services();
    let run = measure(timeout(
        10 * WAIT_LIMIT,
        // Keys 21 to 40: none of them fails, so even a leaking pool keeps its connections.
        join_all((21..=40).map(|key| handle_request(&pool, key))),
    ))
    .await;
    let stats = db.stats();
    EXERCISE.assert_calls(&stats, 20, "run one query per request");
    EXERCISE.assert_in_flight_at_most(
        &stats,
        POOL_SIZE,
        "every query must go through a connection borrowed from the pool: wait for an idle \
         one instead of opening a new one",
    );
    EXERCISE.assert_overlapped(
        &stats,
        POOL_SIZE,
        "the pool lends out all its connections at once: do not hold a lock across the query",
    );
    // 20 queries, 3 at a time: 7 rounds of 0.1 s.
    EXERCISE
        .elapsed("20 requests through a pool of 3", run.elapsed)
        .between(
            7 * QUERY_LATENCY,
            7 * QUERY_LATENCY + Duration::from_millis(50),
        )
        .reference(Concurrency::AtMost(POOL_SIZE))
        .too_slow_means("the pool did not keep its 3 connections busy")
        .help("20 queries, 3 at a time, take 7 rounds of 0.1 s")
        .check();
}
