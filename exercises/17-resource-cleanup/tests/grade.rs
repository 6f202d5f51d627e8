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
use kit_harness::{Concurrency, Database, Exercise, Failure, Message, ServiceError, measure, msg};
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
async fn assert_every_connection_came_back(pool: &Pool, after: Message, help: Message) {
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
            msg!(
                "exercise-17-probe-slow",
                pool_size = POOL_SIZE,
                elapsed = probe.elapsed
            )
        } else {
            msg!(
                "exercise-17-probe-gave-up",
                pool_size = POOL_SIZE,
                waited = WAIT_LIMIT
            )
        };
        Failure::new(msg!(
            "exercise-17-assert-every-connection-came-back-problem",
            after = after,
            idle = idle,
            pool_size = POOL_SIZE,
            probe_outcome = probe_outcome
        ))
        .why(msg!("exercise-17-assert-every-connection-came-back-why"))
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
        Failure::new(msg!(
            "exercise-17-returns-the-row-problem",
            answer = format!("{:?}", answer)
        ))
        .help(msg!("exercise-17-returns-the-row-help"))
    });
    EXERCISE.assert_calls(&db.stats(), 1, msg!("exercise-17-returns-the-row-help-2"));
    assert_every_connection_came_back(
        &pool,
        msg!("exercise-17-after-one-request"),
        msg!("exercise-17-returns-the-row-help-3"),
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
        msg!("exercise-17-after-failed-queries"),
        msg!("exercise-17-no-connection-leaks-after-failed-queries-help-2"),
    )
    .await;
    let expected = Ok(Err(ServiceError::Failed {
        service: "database",
        key: FAILING_KEY,
    }));
    EXERCISE.ensure(answers.iter().all(|answer| *answer == expected), || {
        Failure::new(msg!(
            "exercise-17-no-connection-leaks-after-failed-queries-problem",
            answers = format!("{:?}", answers)
        ))
        .help(msg!(
            "exercise-17-no-connection-leaks-after-failed-queries-help"
        ))
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
        msg!("exercise-17-after-timeouts"),
        msg!("exercise-17-timeout-help"),
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
        msg!("exercise-17-after-aborts", cancelled = cancelled),
        msg!("exercise-17-abort-help"),
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
    EXERCISE.assert_calls(
        &stats,
        20,
        msg!("exercise-17-the-pool-never-exceeds-its-size-help"),
    );
    EXERCISE.assert_in_flight_at_most(
        &stats,
        POOL_SIZE,
        msg!("exercise-17-the-pool-never-exceeds-its-size-help-2"),
    );
    EXERCISE.assert_overlapped(
        &stats,
        POOL_SIZE,
        msg!("exercise-17-the-pool-never-exceeds-its-size-help-3"),
    );
    // 20 queries, 3 at a time: 7 rounds of 0.1 s.
    EXERCISE
        .elapsed(
            msg!("exercise-17-the-pool-never-exceeds-its-size-what"),
            run.elapsed,
        )
        .between(
            7 * QUERY_LATENCY,
            7 * QUERY_LATENCY + Duration::from_millis(50),
        )
        .reference(Concurrency::AtMost(POOL_SIZE))
        .too_slow_means(msg!("exercise-17-the-pool-never-exceeds-its-size-too-slow"))
        .help(msg!("exercise-17-the-pool-never-exceeds-its-size-help-4"))
        .check();
}
