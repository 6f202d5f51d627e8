//! Grading tests for exercise 14: with users 3 and 7 failing fast, the report holds one entry
//! per user in id order, every success and every error in its place; no fetch was cancelled
//! (the API's cancellation counter); and the batch lasts as long as its slowest fetch
//! (tokio's paused clock, both bounds).

use std::time::Duration;

use exercise_14::fetch_team_report;
use kit_harness::{
    Arg, Concurrency, Exercise, Failure, Message, ServiceError, User, UserApi, measure, msg,
};

const EXERCISE: Exercise = Exercise::new("exercise-14");
const FETCH_LATENCY: Duration = Duration::from_millis(500);
const FAILURE_LATENCY: Duration = Duration::from_millis(100);
const FAILING: [u32; 2] = [3, 7];

/// Every fetch takes 0.5 s, except users 3 and 7, which fail after 0.1 s.
fn api_with_two_failures() -> UserApi {
    FAILING
        .iter()
        .fold(UserApi::new().with_latency(FETCH_LATENCY), |api, &id| {
            api.with_latency_for(id, FAILURE_LATENCY).failing_for(id)
        })
}

fn expected_entry(id: u32) -> Result<User, ServiceError> {
    if FAILING.contains(&id) {
        Err(ServiceError::Failed {
            service: "user API",
            key: id.into(),
        })
    } else {
        Ok(User {
            id,
            name: format!("user-{id}"),
        })
    }
}

/// Describe the report's entry for `id` (1-based), or its absence.
fn entry_of(report: &[Result<User, ServiceError>], id: u32) -> Message {
    match report.get(id as usize - 1) {
        None => msg!("exercise-14-entry-nothing"),
        Some(Ok(user)) => msg!("exercise-14-entry-user", user = user.id),
        Some(Err(error)) => msg!("exercise-14-entry-error", error = error.to_string()),
    }
}

/// The ids in `ids` whose entry in `report` is not the expected one.
fn misplaced(
    report: &[Result<User, ServiceError>],
    ids: impl Iterator<Item = u32>,
) -> Vec<Message> {
    ids.filter(|&id| report.get(id as usize - 1) != Some(&expected_entry(id)))
        .map(|id| msg!("exercise-14-misplaced", id = id, got = entry_of(report, id)))
        .collect()
}

#[kit_harness::check(start_paused = true)]
async fn reports_every_user_that_was_fetched() {
    let api = api_with_two_failures();
    let report = fetch_team_report(&api).await;
    let wrong = misplaced(&report, (1..=10).filter(|id| !FAILING.contains(id)));
    EXERCISE.ensure(report.len() == 10 && wrong.is_empty(), || {
        Failure::new(msg!(
            "exercise-14-reports-every-user-that-was-fetched-problem",
            wrong = Arg::list(wrong.clone(), "; ")
        ))
        .why(msg!("exercise-14-reports-every-user-that-was-fetched-why"))
        .help(msg!("exercise-14-gather-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-14-reports-every-user-that-was-fetched-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn reports_every_failure_in_its_place() {
    let api = api_with_two_failures();
    let report = fetch_team_report(&api).await;
    let wrong = misplaced(&report, FAILING.into_iter());
    EXERCISE.ensure(report.len() == 10 && wrong.is_empty(), || {
        Failure::new(msg!(
            "exercise-14-reports-every-failure-in-its-place-problem",
            wrong = Arg::list(wrong.clone(), "; ")
        ))
        .why(msg!("exercise-14-reports-every-failure-in-its-place-why"))
        .help(msg!("exercise-14-gather-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-14-reports-every-user-that-was-fetched-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn no_fetch_is_cancelled() {
    let api = api_with_two_failures();
    let _ = fetch_team_report(&api).await;
    // Let anything still running finish, so only real cancellations are counted.
    tokio::time::sleep(2 * FETCH_LATENCY).await;
    let stats = api.stats();
    EXERCISE.ensure(stats.dropped == 0 && stats.completed() == 10, || {
        Failure::new(msg!(
            "exercise-14-no-fetch-is-cancelled-problem",
            dropped = stats.dropped,
            started = stats.started
        ))
        .why(msg!("exercise-14-no-fetch-is-cancelled-why"))
        .help(msg!("exercise-14-gather-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_batch_takes_as_long_as_the_slowest_fetch() {
    let api = api_with_two_failures();
    let run = measure(fetch_team_report(&api)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-what"),
            run.elapsed,
        )
        .between(FETCH_LATENCY, FETCH_LATENCY + Duration::from_millis(100))
        .reference(Concurrency::Unbounded)
        // A message of its own: ending sooner than the slowest fetch means the batch stopped
        // early, not that work was blocked or skipped.
        .too_fast_failure(
            Failure::new(msg!(
                "exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-problem",
                elapsed = run.elapsed
            ))
            .why(msg!(
                "exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-why"
            ))
            .help(msg!("exercise-14-gather-help")),
        )
        .too_slow_means(msg!(
            "exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-too-slow"
        ))
        .help(msg!(
            "exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-help"
        ))
        .check();
    // The time counts only for a run that did the work: a plain 0.5 s sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-14-reports-every-user-that-was-fetched-help"),
    );
}
