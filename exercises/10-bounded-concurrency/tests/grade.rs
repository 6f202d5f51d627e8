//! Grading tests for exercise 10: 1000 users come back in order; the API never sees more than
//! ten requests at once (its max-in-flight counter) and yet always ten (max in flight is
//! exactly ten, and the batch takes 100 rounds of one latency on tokio's paused clock).

use std::time::Duration;

use exercise_10::{MAX_IN_FLIGHT, fetch_thousand_users};
use kit_harness::{Exercise, Failure, ServiceError, UserApi, format_duration, measure};

const EXERCISE: Exercise = Exercise::new("exercise-10");
const LATENCY: Duration = Duration::from_millis(100);
const USERS: u32 = 1000;
/// 1000 requests, ten at a time: 100 rounds of one latency each.
const ROUNDS: u32 = USERS / MAX_IN_FLIGHT as u32;

const BOUND_HELP: &str = "keep exactly ten requests in flight, starting the next one the moment \
                          one finishes (`StreamExt::buffered`, or a Semaphore with ten permits)";

fn api() -> UserApi {
    UserApi::new().with_latency(LATENCY)
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_thousand_users_in_order() {
    let users = fetch_thousand_users(&api())
        .await
        .unwrap_or_else(|error| panic!("fetching the users failed: {error}"));
    let in_order = users.iter().map(|user| user.id).eq(1..=USERS);
    EXERCISE.ensure(in_order, || {
        let first: Vec<u32> = users.iter().take(12).map(|user| user.id).collect();
        Failure::new(format!(
            "expected users 1 to {USERS} in id order, got {} users starting with ids {first:?}",
            users.len()
        ))
        .help("keep the results in input order: `buffered` does, `buffer_unordered` does not")
    });
}

#[kit_harness::check(start_paused = true)]
async fn reports_a_failed_request() {
    let result = fetch_thousand_users(&api().failing_for(500)).await;
    let expected = ServiceError::Failed {
        service: "user API",
        key: 500,
    };
    EXERCISE.ensure(result.as_ref().err() == Some(&expected), || {
        Failure::new(format!(
            "user 500 could not be fetched, but the function returned {}",
            match &result {
                Ok(users) => format!("{} users and no error", users.len()),
                Err(error) => format!("the error `{error}`"),
            }
        ))
        .help("return the error of the failed request instead of hiding it")
    });
}

#[kit_harness::check(start_paused = true)]
async fn never_more_than_ten_requests_in_flight() {
    let api = api();
    let _ = fetch_thousand_users(&api).await;
    let stats = api.stats();
    EXERCISE.assert_calls(
        &stats,
        USERS as usize,
        "fetch each of the 1000 users exactly once",
    );
    EXERCISE.assert_in_flight_at_most(
        &stats,
        MAX_IN_FLIGHT,
        "start a request only when fewer than ten are running: \
         `futures::stream::iter(..).buffered(10)`, or a `tokio::sync::Semaphore` with ten permits",
    );
}

#[kit_harness::check(start_paused = true)]
async fn ten_requests_in_flight_at_once() {
    let api = api();
    let _ = fetch_thousand_users(&api).await;
    let stats = api.stats();
    EXERCISE.assert_overlapped(
        &stats,
        MAX_IN_FLIGHT,
        "bounded is not sequential: keep ten requests running, starting the next one as soon \
         as one finishes",
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_thousand_requests_take_a_hundred_rounds() {
    let api = api();
    let run = measure(fetch_thousand_users(&api)).await;
    let at_least = ROUNDS * LATENCY;
    // Checked first, with its own message: here a run faster than the bound does not mean
    // blocked or skipped work (the harness's generic diagnosis) but too many requests at once.
    EXERCISE.ensure(run.elapsed >= at_least, || {
        Failure::new(format!(
            "fetching 1000 users took only {} of simulated time: more than ten requests ran at once",
            format_duration(run.elapsed)
        ))
        .why(format!(
            "ten at a time, 1000 requests of 0.1 s need 100 rounds, {}; a faster run broke \
             the limit",
            format_duration(at_least)
        ))
        .help(BOUND_HELP)
    });
    EXERCISE
        .elapsed("fetching 1000 users", run.elapsed)
        .between(at_least, at_least + Duration::from_millis(100))
        .too_slow_means(
            "fewer than ten requests were running most of the time (1000 requests of 0.1 s, \
             ten at a time, take 10.0 s)",
        )
        .help(BOUND_HELP)
        .check();
}
