//! Grading tests for exercise 01: the ten users come back in order, and the ten requests ran
//! concurrently, proven on tokio's paused clock (0.5 s of simulated time, not 5 s) and by the
//! API's in-flight counter.

use std::time::Duration;

use exercise_01::fetch_ten_users;
use kit_harness::{Concurrency, Exercise, ServiceError, UserApi, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-01");
const LATENCY: Duration = Duration::from_millis(500);

#[kit_harness::check(start_paused = true)]
async fn returns_the_ten_users_in_order() {
    let api = UserApi::new();
    let users = fetch_ten_users(&api).await.unwrap_or_else(|error| {
        kit_harness::Failure::new(msg!(
            "exercise-01-fetching-failed",
            error = error.to_string()
        ))
        .raise()
    });
    let ids: Vec<u32> = users.iter().map(|user| user.id).collect();
    EXERCISE.ensure(ids == (1..=10).collect::<Vec<_>>(), || {
        kit_harness::Failure::new(msg!(
            "exercise-01-returns-the-ten-users-in-order-problem",
            ids = format!("{:?}", ids)
        ))
        .help(msg!("exercise-01-returns-the-ten-users-in-order-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-01-returns-the-ten-users-in-order-help-2"),
    );
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
            kit_harness::Failure::new(msg!(
                "exercise-01-reports-a-failed-request-problem",
                result = format!("{:?}", result)
            ))
            .help(msg!("exercise-01-reports-a-failed-request-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn ten_users_take_half_a_second() {
    let api = UserApi::new().with_latency(LATENCY);
    let run = measure(fetch_ten_users(&api)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-01-ten-users-take-half-a-second-what"),
            run.elapsed,
        )
        .between(LATENCY, LATENCY + Duration::from_millis(100))
        .reference(Concurrency::Unbounded)
        .too_slow_means(msg!("exercise-01-ten-users-take-half-a-second-too-slow"))
        .help(msg!("exercise-01-ten-users-take-half-a-second-help"))
        .check();
    // The time counts only for a run that did the work: a plain 0.5 s sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-01-all-ten-requests-are-in-flight-together-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn all_ten_requests_are_in_flight_together() {
    let api = UserApi::new().with_latency(LATENCY);
    let _ = fetch_ten_users(&api).await;
    let stats = api.stats();
    EXERCISE.assert_calls(
        &stats,
        10,
        msg!("exercise-01-all-ten-requests-are-in-flight-together-help"),
    );
    EXERCISE.assert_overlapped(
        &stats,
        10,
        msg!("exercise-01-all-ten-requests-are-in-flight-together-help-2"),
    );
}
