//! Grading tests for exercise 01: the ten users come back in order, and the ten requests ran
//! concurrently, proven on tokio's paused clock (0.5 s of simulated time, not 5 s) and by the
//! API's in-flight counter.

use std::time::Duration;

use exercise_01::fetch_ten_users;
use kit_harness::{Concurrency, Exercise, ServiceError, UserApi, measure};

const EXERCISE: Exercise = Exercise::new("exercise-01");
const LATENCY: Duration = Duration::from_millis(500);

#[kit_harness::check(start_paused = true)]
async fn returns_the_ten_users_in_order() {
    let api = UserApi::new();
    let users = fetch_ten_users(&api)
        .await
        .unwrap_or_else(|error| panic!("fetching ten users failed: {error}"));
    let ids: Vec<u32> = users.iter().map(|user| user.id).collect();
    EXERCISE.ensure(ids == (1..=10).collect::<Vec<_>>(), || {
        kit_harness::Failure::new(format!(
            "expected users 1 to 10 in id order, got ids {ids:?}"
        ))
        .help("keep the results in the order the requests were made, whatever order they finish in")
    });
    EXERCISE.assert_calls(&api.stats(), 10, "fetch each of the ten users from the API");
}

#[kit_harness::check(start_paused = true)]
async fn reports_a_failed_request() {
    let api = UserApi::new().failing_for(4);
    let result = fetch_ten_users(&api).await;
    EXERCISE.ensure(
        result
            == Err(ServiceError::Failed {
                service: "user API",
                key: 4,
            }),
        || {
            kit_harness::Failure::new(format!(
                "user 4 could not be fetched, but the function returned {result:?}"
            ))
            .help("return the error of the failed request instead of hiding it")
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn ten_users_take_half_a_second() {
    let api = UserApi::new().with_latency(LATENCY);
    let run = measure(fetch_ten_users(&api)).await;
    EXERCISE
        .elapsed("fetching 10 users", run.elapsed)
        .between(LATENCY, LATENCY + Duration::from_millis(100))
        .reference(Concurrency::Unbounded)
        .too_slow_means("the requests ran one after another")
        .help(
            "create all ten request futures first, then await them together \
             (`futures::future::try_join_all`); concurrent code finishes in about 0.5 s",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn all_ten_requests_are_in_flight_together() {
    let api = UserApi::new().with_latency(LATENCY);
    let _ = fetch_ten_users(&api).await;
    let stats = api.stats();
    EXERCISE.assert_calls(&stats, 10, "fetch each of the ten users exactly once");
    EXERCISE.assert_overlapped(
        &stats,
        10,
        "an `.await` inside the loop waits for each request before sending the next; \
         collect the futures first and await them all at once",
    );
}
