//! Grading tests for exercise 18: the handler answers with the database row and the profile
//! API's body, reports a failure on either side, and runs the two calls concurrently, proven
//! on tokio's paused clock (the request takes the slower call's time, not the sum, whichever
//! side is slower) and by the start and end times the database and the real loopback HTTP
//! service recorded.

use std::time::Duration;

use exercise_18::{HandlerError, UserPage, get_user};
use kit_harness::http::LoopbackServer;
use kit_harness::{Concurrency, Database, Exercise, Failure, Measured, SimService, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-18");
const USER: u64 = 7;
const MARGIN: Duration = Duration::from_millis(50);

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// The database and the profile API (a real HTTP server on loopback), created at the same
/// instant so that their call records share time zero.
struct Backends {
    db: Database,
    profile_api: LoopbackServer,
    http: reqwest::Client,
}

async fn backends(db: Database, profile_api: SimService) -> Backends {
    let profile_api = LoopbackServer::start(profile_api)
        .await
        .unwrap_or_else(|error| {
            Failure::new(msg!("exercise-18-no-loopback", error = error.to_string())).raise()
        });
    Backends {
        db,
        profile_api,
        http: reqwest::Client::new(),
    }
}

async fn with_latencies(db: Duration, api: Duration) -> Backends {
    backends(
        Database::new().with_latency(db),
        SimService::new("profile API", api),
    )
    .await
}

async fn handle(backends: &Backends, user_id: u64) -> Measured<Result<UserPage, HandlerError>> {
    let base_url = backends.profile_api.base_url();
    measure(get_user(&backends.db, &backends.http, &base_url, user_id)).await
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_account_and_the_profile() {
    let backends = with_latencies(ms(300), ms(500)).await;
    let page = handle(&backends, USER).await.value;
    let complete = page.as_ref().is_ok_and(|page| {
        page.account.key == USER && page.profile_json == r#"{"id":7,"name":"user-7"}"#
    });
    EXERCISE.ensure(complete, || {
        Failure::new(msg!(
            "exercise-18-returns-the-account-and-the-profile-problem",
            page = format!("{:?}", page)
        ))
        .help(msg!("exercise-18-returns-the-account-and-the-profile-help"))
    });
    EXERCISE.assert_calls(
        &backends.db.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-2"),
    );
    EXERCISE.assert_calls(
        &backends.profile_api.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-3"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failure_on_either_side_is_an_error() {
    let failing_api = backends(
        Database::new().with_latency(ms(300)),
        SimService::new("profile API", ms(500)).failing_for(USER),
    )
    .await;
    let api_failed = handle(&failing_api, USER).await.value;
    EXERCISE.ensure(
        matches!(api_failed, Err(HandlerError::ProfileApi(_))),
        || {
            Failure::new(msg!(
                "exercise-18-a-failure-on-either-side-is-an-error-problem",
                api_failed = format!("{:?}", api_failed)
            ))
            .help(msg!(
                "exercise-18-a-failure-on-either-side-is-an-error-help"
            ))
        },
    );

    let failing_db = backends(
        Database::new().with_latency(ms(300)).failing_for(USER),
        SimService::new("profile API", ms(500)),
    )
    .await;
    let db_failed = handle(&failing_db, USER).await.value;
    EXERCISE.ensure(matches!(db_failed, Err(HandlerError::Database(_))), || {
        Failure::new(msg!(
            "exercise-18-a-failure-on-either-side-is-an-error-problem-2",
            db_failed = format!("{:?}", db_failed)
        ))
        .help(msg!(
            "exercise-18-a-failure-on-either-side-is-an-error-help-2"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn a_slow_api_sets_the_pace() {
    let backends = with_latencies(ms(300), ms(500)).await;
    let run = handle(&backends, USER).await;
    EXERCISE
        .elapsed(
            msg!("exercise-18-a-slow-api-sets-the-pace-what"),
            run.elapsed,
        )
        .between(ms(500), ms(500) + MARGIN)
        .reference(Concurrency::Unbounded)
        .too_slow_means(msg!("exercise-18-a-slow-api-sets-the-pace-too-slow"))
        .help(msg!("exercise-18-a-slow-api-sets-the-pace-help"))
        .check();
    // The time counts only for a run that did the work: a plain sleep would match it.
    EXERCISE.assert_calls(
        &backends.db.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-2"),
    );
    EXERCISE.assert_calls(
        &backends.profile_api.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-3"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_slow_database_sets_the_pace() {
    let backends = with_latencies(ms(600), ms(200)).await;
    let run = handle(&backends, USER).await;
    EXERCISE
        .elapsed(
            msg!("exercise-18-a-slow-database-sets-the-pace-what"),
            run.elapsed,
        )
        .between(ms(600), ms(600) + MARGIN)
        .reference(Concurrency::Unbounded)
        .too_slow_means(msg!("exercise-18-a-slow-api-sets-the-pace-too-slow"))
        .help(msg!("exercise-18-a-slow-database-sets-the-pace-help"))
        .check();
    // The time counts only for a run that did the work: a plain sleep would match it.
    EXERCISE.assert_calls(
        &backends.db.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-2"),
    );
    EXERCISE.assert_calls(
        &backends.profile_api.stats(),
        1,
        msg!("exercise-18-returns-the-account-and-the-profile-help-3"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_query_and_the_request_overlap() {
    let backends = with_latencies(ms(300), ms(500)).await;
    let _ = handle(&backends, USER).await;
    let (db_stats, api_stats) = (backends.db.stats(), backends.profile_api.stats());
    let (queries, requests): (Vec<_>, Vec<_>) = (
        db_stats.completed_calls().collect(),
        api_stats.completed_calls().collect(),
    );
    let (Some(query), Some(request)) = (queries.first(), requests.first()) else {
        EXERCISE.fail(
            Failure::new(msg!(
                "exercise-18-the-query-and-the-request-overlap-problem",
                queries = queries.len(),
                requests = requests.len()
            ))
            .help(msg!("exercise-18-the-query-and-the-request-overlap-help")),
        );
    };
    let query_end = query.ended_at.unwrap_or(Duration::MAX);
    let request_end = request.ended_at.unwrap_or(Duration::MAX);
    let overlapped = query.started_at < request_end && request.started_at < query_end;
    EXERCISE.ensure(overlapped, || {
        Failure::new(msg!(
            "exercise-18-the-query-and-the-request-overlap-problem-2",
            query_start = query.started_at,
            query_end = query_end,
            request_start = request.started_at,
            request_end = request_end
        ))
        .why(msg!("exercise-18-the-query-and-the-request-overlap-why"))
        .help(msg!("exercise-18-the-query-and-the-request-overlap-help-2"))
    });
}
