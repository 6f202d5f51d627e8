//! Grading tests for exercise 03: the dashboard is complete, and the database query runs while
//! the profile request is in flight, proven on tokio's paused clock by the total time and by
//! the start and end times both services recorded.

use std::time::Duration;

use exercise_03::build_dashboard;
use kit_harness::{
    Concurrency, Database, Exercise, Failure, ServiceError, UserApi, format_duration, measure,
};

const EXERCISE: Exercise = Exercise::new("exercise-03");
const PROFILE_LATENCY: Duration = Duration::from_millis(400);
const ORDERS_LATENCY: Duration = Duration::from_millis(300);

fn services() -> (UserApi, Database) {
    (
        UserApi::new().with_latency(PROFILE_LATENCY),
        Database::new().with_latency(ORDERS_LATENCY),
    )
}

#[kit_harness::check(start_paused = true)]
async fn returns_profile_and_orders() {
    let (api, db) = services();
    let dashboard = build_dashboard(&api, &db, 7).await;
    let complete = dashboard
        .as_ref()
        .is_ok_and(|d| d.profile.id == 7 && d.recent_orders.key == 7);
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
async fn a_failed_profile_is_reported() {
    let (api, db) = services();
    let api = api.failing_for(7);
    let dashboard = build_dashboard(&api, &db, 7).await;
    EXERCISE.ensure(
        dashboard
            == Err(ServiceError::Failed {
                service: "user API",
                key: 7,
            }),
        || {
            Failure::new(format!(
                "the profile request failed, but `build_dashboard` returned {dashboard:?}"
            ))
            .help("await the task's JoinHandle and pass the request's error on with `?`")
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_dashboard_takes_as_long_as_the_slowest_call() {
    let (api, db) = services();
    let run = measure(build_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed("building the dashboard", run.elapsed)
        .between(PROFILE_LATENCY, PROFILE_LATENCY + Duration::from_millis(50))
        .reference(Concurrency::Unbounded)
        .too_slow_means(
            "the 0.4 s profile request and the 0.3 s query ran one after the other (0.7 s)",
        )
        .help(
            "keep the JoinHandle, run the query while the task works, and await the handle \
             afterwards: the dashboard then takes as long as the slowest call, 0.4 s",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn the_query_runs_while_the_profile_loads() {
    let (api, db) = services();
    let _ = build_dashboard(&api, &db, 7).await;
    let (api_stats, db_stats) = (api.stats(), db.stats());
    let (profile_calls, query_calls): (Vec<_>, Vec<_>) = (
        api_stats.completed_calls().collect(),
        db_stats.completed_calls().collect(),
    );
    let (Some(profile), Some(query)) = (profile_calls.first(), query_calls.first()) else {
        EXERCISE.fail(
            Failure::new(format!(
                "expected one completed profile request and one completed query, saw {} and {}",
                profile_calls.len(),
                query_calls.len()
            ))
            .help("fetch the profile once and query the orders once"),
        );
    };
    let profile_done = profile.ended_at.unwrap_or(Duration::MAX);
    EXERCISE.ensure(query.started_at < profile_done, || {
        Failure::new(format!(
            "the database query started at {} of simulated time, when the profile request \
             (started at {}) had already finished: the spawned task was awaited right away",
            format_duration(query.started_at),
            format_duration(profile.started_at)
        ))
        .why(
            "awaiting a JoinHandle immediately after `tokio::spawn` is a sequential call with \
             extra steps: the caller waits and does nothing meanwhile",
        )
        .help("start the task, do the other work, then await the handle")
    });
}
