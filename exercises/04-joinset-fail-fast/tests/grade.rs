//! Grading tests for exercise 04: the team comes back complete, and when one fetch fails the
//! error is returned at once (tokio's paused clock) and the other fetches are cancelled (the
//! API's cancellation counter).

use std::time::Duration;

use exercise_04::fetch_team;
use kit_harness::{Exercise, Failure, ServiceError, UserApi, measure};

const EXERCISE: Exercise = Exercise::new("exercise-04");
const FETCH_LATENCY: Duration = Duration::from_secs(1);
const FAILING_USER: u32 = 4;
const FAILURE_LATENCY: Duration = Duration::from_millis(100);

/// Every fetch takes 1 s, except user 4's, which fails after 0.1 s.
fn api_with_a_failing_user() -> UserApi {
    UserApi::new()
        .with_latency(FETCH_LATENCY)
        .with_latency_for(FAILING_USER, FAILURE_LATENCY)
        .failing_for(FAILING_USER)
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_whole_team_in_order() {
    let api = UserApi::new().with_latency(FETCH_LATENCY);
    let team = fetch_team(&api).await;
    let ids: Option<Vec<u32>> = team
        .as_ref()
        .ok()
        .map(|team| team.iter().map(|user| user.id).collect());
    EXERCISE.ensure(ids == Some((1..=10).collect()), || {
        Failure::new(format!("expected users 1 to 10 in id order, got {team:?}"))
            .help("results arrive in completion order: sort them by id before returning")
    });
    EXERCISE.assert_calls(&api.stats(), 10, "fetch each of the ten users from the API");
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_error_of_the_failed_fetch() {
    let result = fetch_team(&api_with_a_failing_user()).await;
    EXERCISE.ensure(
        result
            == Err(ServiceError::Failed {
                service: "user API",
                key: FAILING_USER.into(),
            }),
        || {
            Failure::new(format!(
                "fetching user 4 failed, but `fetch_team` returned {result:?}"
            ))
            .help("pass the first error on to the caller")
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failure_is_returned_promptly() {
    let api = api_with_a_failing_user();
    let run = measure(fetch_team(&api)).await;
    EXERCISE
        .elapsed("returning user 4's failure", run.elapsed)
        .between(FAILURE_LATENCY, FAILURE_LATENCY + Duration::from_millis(50))
        .too_slow_means(
            "user 4 failed after 0.1 s, but the caller only heard of it once the fetches \
             awaited before it had finished",
        )
        .help(
            "take results in the order they complete (`JoinSet::join_next`) and return on \
             the first error: the failure then arrives after 0.1 s",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn the_other_fetches_are_cancelled() {
    let api = api_with_a_failing_user();
    let _ = fetch_team(&api).await;
    // Give every fetch that is still running time to finish (1 s) and aborted tasks time to
    // be dropped: what is not cancelled by now was never going to be.
    tokio::time::sleep(2 * FETCH_LATENCY).await;
    EXERCISE.assert_cancelled(
        &api.stats(),
        9,
        "spawn the fetches into a `tokio::task::JoinSet` and return on the first error: \
         dropping the set aborts the tasks still in it",
    );
}
