//! Grading tests for exercise 04: the team comes back complete, and when one fetch fails the
//! error is returned at once (tokio's paused clock) and the other fetches are cancelled (the
//! API's cancellation counter).

use std::time::Duration;

use exercise_04::fetch_team;
use kit_harness::{Exercise, Failure, ServiceError, UserApi, measure, msg};

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
        Failure::new(msg!(
            "exercise-04-returns-the-whole-team-in-order-problem",
            team = format!("{:?}", team)
        ))
        .help(msg!("exercise-04-returns-the-whole-team-in-order-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-04-returns-the-whole-team-in-order-help-2"),
    );
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
            Failure::new(msg!(
                "exercise-04-returns-the-error-of-the-failed-fetch-problem",
                result = format!("{:?}", result)
            ))
            .help(msg!(
                "exercise-04-returns-the-error-of-the-failed-fetch-help"
            ))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failure_is_returned_promptly() {
    let api = api_with_a_failing_user();
    let run = measure(fetch_team(&api)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-04-a-failure-is-returned-promptly-what"),
            run.elapsed,
        )
        .between(FAILURE_LATENCY, FAILURE_LATENCY + Duration::from_millis(50))
        .too_slow_means(msg!("exercise-04-a-failure-is-returned-promptly-too-slow"))
        .help(msg!("exercise-04-a-failure-is-returned-promptly-help"))
        .check();
    // The time counts only for a run that did the work: a 0.1 s sleep, or a fetch of user 4
    // alone, would match it.
    let failed_with_user_4 = run.value
        == Err(ServiceError::Failed {
            service: "user API",
            key: FAILING_USER.into(),
        });
    EXERCISE.ensure(failed_with_user_4, || {
        Failure::new(msg!(
            "exercise-04-returns-the-error-of-the-failed-fetch-problem",
            result = format!("{:?}", run.value)
        ))
        .help(msg!(
            "exercise-04-returns-the-error-of-the-failed-fetch-help"
        ))
    });
    let started = api.stats().started;
    EXERCISE.ensure(started == 10, || {
        Failure::new(msg!(
            "exercise-04-a-failure-is-returned-promptly-problem",
            started = started
        ))
        .help(msg!("exercise-04-returns-the-whole-team-in-order-help-2"))
    });
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
        msg!("exercise-04-the-other-fetches-are-cancelled-help"),
    );
}
