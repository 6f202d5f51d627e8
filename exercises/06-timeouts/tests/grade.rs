//! Grading tests for exercise 06: healthy calls still succeed, a hung dependency makes the
//! caller fail at the time limit (tokio's paused clock) with an error naming the hung call,
//! and the hung call is cancelled, not left running (the services' cancellation counters).

use std::time::Duration;

use exercise_06::{LoadError, Step, load_dashboard};
use kit_harness::{Database, Exercise, Failure, ServiceError, UserApi, measure};

const EXERCISE: Exercise = Exercise::new("exercise-06");
/// The limit the README promises, independent of the learner's constant.
const LIMIT: Duration = Duration::from_secs(1);
/// A dependency that stopped answering: on the paused clock an hour passes instantly.
const HUNG: Duration = Duration::from_secs(3600);
const PROFILE_LATENCY: Duration = Duration::from_millis(300);
const ORDERS_LATENCY: Duration = Duration::from_millis(200);

fn services(profile: Duration, orders: Duration) -> (UserApi, Database) {
    (
        UserApi::new().with_latency(profile),
        Database::new().with_latency(orders),
    )
}

#[kit_harness::check(start_paused = true)]
async fn loads_the_dashboard_when_both_answer() {
    let (api, db) = services(PROFILE_LATENCY, ORDERS_LATENCY);
    let dashboard = load_dashboard(&api, &db, 7).await;
    let complete = dashboard
        .as_ref()
        .is_ok_and(|d| d.profile.id == 7 && d.orders.key == 7);
    EXERCISE.ensure(complete, || {
        Failure::new(format!(
            "expected user 7's profile and orders, got {dashboard:?}"
        ))
        .help("fetch the profile of `user_id` and query the orders of the same user")
    });
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        "fetch the profile from the users API, once",
    );
    EXERCISE.assert_calls(&db.stats(), 1, "query the orders from the database, once");
}

#[kit_harness::check(start_paused = true)]
async fn a_slow_but_healthy_call_is_not_cut_off() {
    // 0.9 s per call: each is under its own 1 s limit, the two together are not.
    let slow = LIMIT - Duration::from_millis(100);
    let (api, db) = services(slow, slow);
    let dashboard = load_dashboard(&api, &db, 7).await;
    EXERCISE.ensure(dashboard.is_ok(), || {
        Failure::new(format!(
            "both calls answered in 0.9 s, within their 1 s limit, but the dashboard was \
             {dashboard:?}"
        ))
        .why("a limit shorter than a healthy call turns a slow day into an outage")
        .help("give EACH call its own 1 s limit (`TIME_LIMIT`), not the whole function")
    });
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        "fetch the profile from the users API, once",
    );
    EXERCISE.assert_calls(&db.stats(), 1, "query the orders from the database, once");
}

#[kit_harness::check(start_paused = true)]
async fn a_hung_api_fails_at_the_limit() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let run = measure(load_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed(
            "loading the dashboard while the users API hangs",
            run.elapsed,
        )
        .between(LIMIT, LIMIT + Duration::from_millis(20))
        .too_slow_means("the caller waited as long as the hung API did")
        .help(
            "wrap the call in `tokio::time::timeout(TIME_LIMIT, ...)`: the caller then gets \
             an error after 1 s, however long the API hangs",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn a_hung_database_fails_at_the_limit() {
    let (api, db) = services(PROFILE_LATENCY, HUNG);
    let run = measure(load_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed(
            "loading the dashboard while the database hangs",
            run.elapsed,
        )
        .between(
            PROFILE_LATENCY + LIMIT,
            PROFILE_LATENCY + LIMIT + Duration::from_millis(20),
        )
        .too_slow_means(
            "the query had no time limit: the caller waited as long as the hung database did",
        )
        .help(
            "every I/O needs its own limit: after the 0.3 s profile, the query should give up \
             after 1 s (1.3 s in all)",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn the_error_names_the_call_that_hung() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let profile_hung = load_dashboard(&api, &db, 7).await;
    let (api, db) = services(PROFILE_LATENCY, HUNG);
    let orders_hung = load_dashboard(&api, &db, 7).await;
    let (api, db) = services(PROFILE_LATENCY, ORDERS_LATENCY);
    let failed = load_dashboard(&api.failing_for(7), &db, 7).await;
    let expected_failure = ServiceError::Failed {
        service: "user API",
        key: 7,
    };
    // Patterns, not `==`: the error types are the learner's, and so is their `PartialEq`.
    EXERCISE.ensure(
        matches!(profile_hung, Err(LoadError::TimedOut(Step::Profile)))
            && matches!(orders_hung, Err(LoadError::TimedOut(Step::Orders)))
            && matches!(&failed, Err(LoadError::Failed(error)) if *error == expected_failure),
        || {
            Failure::new(format!(
                "expected `TimedOut(Profile)` when the API hangs, `TimedOut(Orders)` when the \
                 database hangs and `Failed(..)` when the API fails; got {profile_hung:?}, \
                 {orders_hung:?} and {failed:?}"
            ))
            .why("the caller can only retry, fall back or alert if it knows WHAT went wrong")
            .help(
                "map `timeout`'s `Elapsed` error to `LoadError::TimedOut(step)` and pass the \
                 call's own error on with `?`",
            )
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_hung_call_is_cancelled() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let _ = load_dashboard(&api, &db, 7).await;
    // Wait past the hang: a call that is still running would now return, not be cancelled.
    tokio::time::sleep(2 * HUNG).await;
    let stats = api.stats();
    EXERCISE.assert_cancelled(
        &stats,
        1,
        "`tokio::time::timeout` drops the future it wraps when the time is up, which cancels \
         the call; a timeout around a spawned task's JoinHandle leaves the task running \
         (abort it, or time out the call itself)",
    );
    EXERCISE.ensure(db.stats().started == 0, || {
        Failure::new("the database was queried although the profile request had timed out")
            .help("return the timeout error at once, with `?`")
    });
}
