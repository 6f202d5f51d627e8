//! Grading tests for exercise 14: with users 3 and 7 failing fast, the report holds one entry
//! per user in id order, every success and every error in its place; no fetch was cancelled
//! (the API's cancellation counter); and the batch lasts as long as its slowest fetch
//! (tokio's paused clock, both bounds).

use std::time::Duration;

use exercise_14::fetch_team_report;
use kit_harness::{
    Concurrency, Exercise, Failure, ServiceError, User, UserApi, format_duration, measure,
};

const EXERCISE: Exercise = Exercise::new("exercise-14");
const FETCH_LATENCY: Duration = Duration::from_millis(500);
const FAILURE_LATENCY: Duration = Duration::from_millis(100);
const FAILING: [u32; 2] = [3, 7];

const GATHER_HELP: &str = "wait for every fetch and keep each `Result` as it is: \
                           `futures::future::join_all` over the fetches, not `try_join_all`";

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
fn entry_of(report: &[Result<User, ServiceError>], id: u32) -> String {
    match report.get(id as usize - 1) {
        None => "nothing".to_owned(),
        Some(Ok(user)) => format!("user {}", user.id),
        Some(Err(error)) => format!("the error `{error}`"),
    }
}

/// The ids in `ids` whose entry in `report` is not the expected one.
fn misplaced(report: &[Result<User, ServiceError>], ids: impl Iterator<Item = u32>) -> Vec<String> {
    ids.filter(|&id| report.get(id as usize - 1) != Some(&expected_entry(id)))
        .map(|id| format!("user {id}: got {}", entry_of(report, id)))
        .collect()
}

#[kit_harness::check(start_paused = true)]
async fn reports_every_user_that_was_fetched() {
    let api = api_with_two_failures();
    let report = fetch_team_report(&api).await;
    let wrong = misplaced(&report, (1..=10).filter(|id| !FAILING.contains(id)));
    EXERCISE.ensure(report.len() == 10 && wrong.is_empty(), || {
        Failure::new(format!(
            "the 8 users that were fetched should each be in their place in the report, \
             but {}",
            wrong.join("; ")
        ))
        .why(
            "users 3 and 7 failed, but the other eight were fetched: one failure should not \
             throw their results away",
        )
        .help(GATHER_HELP)
    });
    EXERCISE.assert_calls(&api.stats(), 10, "fetch each of the ten users from the API");
}

#[kit_harness::check(start_paused = true)]
async fn reports_every_failure_in_its_place() {
    let api = api_with_two_failures();
    let report = fetch_team_report(&api).await;
    let wrong = misplaced(&report, FAILING.into_iter());
    EXERCISE.ensure(report.len() == 10 && wrong.is_empty(), || {
        Failure::new(format!(
            "users 3 and 7 failed, but the report does not hold both errors in their places \
             ({})",
            wrong.join("; ")
        ))
        .why("stopping at the first error hides every later one: the caller fixes one problem at a time")
        .help(GATHER_HELP)
    });
    EXERCISE.assert_calls(&api.stats(), 10, "fetch each of the ten users from the API");
}

#[kit_harness::check(start_paused = true)]
async fn no_fetch_is_cancelled() {
    let api = api_with_two_failures();
    let _ = fetch_team_report(&api).await;
    // Let anything still running finish, so only real cancellations are counted.
    tokio::time::sleep(2 * FETCH_LATENCY).await;
    let stats = api.stats();
    EXERCISE.ensure(stats.dropped == 0 && stats.completed() == 10, || {
        Failure::new(format!(
            "{} of the {} fetches were cancelled before they returned",
            stats.dropped, stats.started
        ))
        .why(
            "`try_join_all` drops every fetch still running when one fails: their work is \
             wasted and their results never reach the caller",
        )
        .help(GATHER_HELP)
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_batch_takes_as_long_as_the_slowest_fetch() {
    let api = api_with_two_failures();
    let run = measure(fetch_team_report(&api)).await;
    EXERCISE
        .elapsed("the team report", run.elapsed)
        .between(FETCH_LATENCY, FETCH_LATENCY + Duration::from_millis(100))
        .reference(Concurrency::Unbounded)
        // A message of its own: ending sooner than the slowest fetch means the batch stopped
        // early, not that work was blocked or skipped.
        .too_fast_failure(
            Failure::new(format!(
                "the report was ready after {} of simulated time, when the first fetch failed: \
                 the slower fetches (0.5 s) were dropped unfinished",
                format_duration(run.elapsed)
            ))
            .why("a report that includes every user cannot be ready before the slowest fetch")
            .help(GATHER_HELP),
        )
        .too_slow_means("the fetches ran one after another")
        .help("start all ten fetches together and wait for all of them: 0.5 s in total")
        .check();
}
