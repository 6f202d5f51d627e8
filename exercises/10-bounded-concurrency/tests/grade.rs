//! Grading tests for exercise 10: 1000 users come back in order; the API never sees more
//! requests at once than the caller allows (its max-in-flight counter), and yet as many as it
//! allows; and the window slides: requests take 0.1 s or 0.3 s, in runs that do not line up
//! with batches of ten, so on tokio's paused clock fixed batches of ten (about 30 s) are
//! measurably slower than a window that starts the next request the moment one finishes
//! (about 20 s). The limits and inputs are the test's own, passed in.

use std::time::Duration;

use exercise_10::fetch_users;
use kit_harness::{Concurrency, Exercise, Failure, ServiceError, UserApi, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-10");
const USERS: u32 = 1000;
const MAX_IN_FLIGHT: usize = 10;
/// A second limit and batch size, so that only code that honours the parameter passes.
const SMALL_BATCH: (u32, usize) = (60, 3);
const FAST: Duration = Duration::from_millis(100);
const SLOW: Duration = Duration::from_millis(300);
/// Requests come in runs of nine slow ones and nine fast ones: nine, not ten, so that no
/// batch of ten is uniform and every batch waits for a slow request.
const RUN: u32 = 9;
/// The fastest any design with ten in flight can be: the total work, 200.8 s, shared by ten.
const AT_LEAST: Duration = Duration::from_millis(20_080);
/// A window of ten that slides takes 20.1 s with a Semaphore, 21.2 s with `buffered(10)`
/// (which keeps a finished request's slot until the requests before it are yielded); fixed
/// batches of ten take 30.0 s.
const AT_MOST: Duration = Duration::from_millis(21_500);
const FIXED_BATCHES: Duration = Duration::from_secs(30);

fn latency_of(id: u32) -> Duration {
    if ((id - 1) / RUN).is_multiple_of(2) {
        SLOW
    } else {
        FAST
    }
}

/// The API, its latencies varying in runs of nine.
fn api() -> UserApi {
    (1..=USERS).fold(UserApi::new().with_latency(FAST), |api, id| {
        api.with_latency_for(id, latency_of(id))
    })
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_thousand_users_in_order() {
    let api = api();
    let users = fetch_users(&api, USERS, MAX_IN_FLIGHT)
        .await
        .unwrap_or_else(|error| {
            Failure::new(msg!(
                "exercise-10-fetching-failed",
                error = error.to_string()
            ))
            .raise()
        });
    let in_order = users.iter().map(|user| user.id).eq(1..=USERS);
    EXERCISE.ensure(in_order, || {
        let first: Vec<u32> = users.iter().take(12).map(|user| user.id).collect();
        Failure::new(msg!(
            "exercise-10-returns-the-thousand-users-in-order-problem",
            expected = USERS,
            got = users.len(),
            first = format!("{:?}", first)
        ))
        .help(msg!("exercise-10-returns-the-thousand-users-in-order-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        USERS as usize,
        msg!("exercise-10-returns-the-thousand-users-in-order-help-2"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn reports_a_failed_request() {
    let result = fetch_users(&api().failing_for(500), USERS, MAX_IN_FLIGHT).await;
    let expected = ServiceError::Failed {
        service: "user API",
        key: 500,
    };
    EXERCISE.ensure(result.as_ref().err() == Some(&expected), || {
        Failure::new(msg!(
            "exercise-10-reports-a-failed-request-problem",
            outcome = match &result {
                Ok(users) => msg!("exercise-10-outcome-users", users = users.len()),
                Err(error) => msg!("exercise-10-outcome-error", error = error.to_string()),
            }
        ))
        .help(msg!("exercise-10-reports-a-failed-request-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn never_more_requests_in_flight_than_allowed() {
    let thousand = api();
    let _ = measure(fetch_users(&thousand, USERS, MAX_IN_FLIGHT)).await;
    let stats = thousand.stats();
    EXERCISE.assert_calls(
        &stats,
        USERS as usize,
        msg!("exercise-10-never-more-requests-in-flight-than-allowed-help"),
    );
    EXERCISE.assert_in_flight_at_most(
        &stats,
        MAX_IN_FLIGHT,
        msg!("exercise-10-never-more-requests-in-flight-than-allowed-help-2"),
    );

    let (users, limit) = SMALL_BATCH;
    let small_api = api();
    let _ = measure(fetch_users(&small_api, users, limit)).await;
    let stats = small_api.stats();
    EXERCISE.assert_calls(
        &stats,
        users as usize,
        msg!("exercise-10-never-more-requests-in-flight-than-allowed-help-3"),
    );
    EXERCISE.assert_in_flight_at_most(
        &stats,
        limit,
        msg!("exercise-10-never-more-requests-in-flight-than-allowed-help-4"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn as_many_requests_in_flight_as_allowed() {
    for (users, limit) in [(USERS, MAX_IN_FLIGHT), SMALL_BATCH] {
        let api = api();
        let _ = measure(fetch_users(&api, users, limit)).await;
        EXERCISE.assert_overlapped(
            &api.stats(),
            limit,
            msg!("exercise-10-as-many-requests-in-flight-as-allowed-help"),
        );
    }
}

#[kit_harness::check(start_paused = true)]
async fn the_window_slides_instead_of_waiting_for_batches() {
    let api = api();
    let run = measure(fetch_users(&api, USERS, MAX_IN_FLIGHT)).await;
    EXERCISE.assert_calls(
        &api.stats(),
        USERS as usize,
        msg!("exercise-10-never-more-requests-in-flight-than-allowed-help"),
    );
    EXERCISE
        .elapsed(
            msg!("exercise-10-the-window-slides-instead-of-waiting-for-batches-what"),
            run.elapsed,
        )
        .between(AT_LEAST, AT_MOST)
        .reference(Concurrency::AtMost(MAX_IN_FLIGHT))
        .too_fast_means(msg!(
            "exercise-10-the-window-slides-instead-of-waiting-for-batches-too-fast",
            at_least = AT_LEAST
        ))
        .too_fast_help(msg!("exercise-10-bound-help"))
        .too_slow_means(msg!(
            "exercise-10-the-window-slides-instead-of-waiting-for-batches-too-slow",
            fixed_batches = FIXED_BATCHES,
            at_least = AT_LEAST
        ))
        .help(msg!("exercise-10-bound-help"))
        .check();
}
