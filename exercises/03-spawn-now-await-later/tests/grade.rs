//! Grading tests for exercise 03: the dashboard is complete, and the database query runs while
//! the profile request is in flight, proven on tokio's paused clock by the total time and by
//! the start and end times both services recorded.

use std::time::Duration;

use exercise_03::build_dashboard;
use kit_harness::{Concurrency, Database, Exercise, Failure, ServiceError, UserApi, measure, msg};

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
        Failure::new(msg!(
            "exercise-03-returns-profile-and-orders-problem",
            dashboard = format!("{:?}", dashboard)
        ))
        .help(msg!("exercise-03-returns-profile-and-orders-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        msg!("exercise-03-returns-profile-and-orders-help-2"),
    );
    EXERCISE.assert_calls(
        &db.stats(),
        1,
        msg!("exercise-03-returns-profile-and-orders-help-3"),
    );
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
            Failure::new(msg!(
                "exercise-03-a-failed-profile-is-reported-problem",
                dashboard = format!("{:?}", dashboard)
            ))
            .help(msg!("exercise-03-a-failed-profile-is-reported-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_dashboard_takes_as_long_as_the_slowest_call() {
    let (api, db) = services();
    let run = measure(build_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-what"),
            run.elapsed,
        )
        .between(PROFILE_LATENCY, PROFILE_LATENCY + Duration::from_millis(50))
        .reference(Concurrency::Unbounded)
        .too_slow_means(msg!(
            "exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-too-slow"
        ))
        .help(msg!(
            "exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-help"
        ))
        .check();
    // The time counts only for a run that did the work: a plain 0.4 s sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        msg!("exercise-03-returns-profile-and-orders-help-2"),
    );
    EXERCISE.assert_calls(
        &db.stats(),
        1,
        msg!("exercise-03-returns-profile-and-orders-help-3"),
    );
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
            Failure::new(msg!(
                "exercise-03-the-query-runs-while-the-profile-loads-problem",
                profile_calls = profile_calls.len(),
                query_calls = query_calls.len()
            ))
            .help(msg!(
                "exercise-03-the-query-runs-while-the-profile-loads-help"
            )),
        );
    };
    let profile_done = profile.ended_at.unwrap_or(Duration::MAX);
    EXERCISE.ensure(query.started_at < profile_done, || {
        Failure::new(msg!(
            "exercise-03-the-query-runs-while-the-profile-loads-problem-2",
            query_started = query.started_at,
            profile_started = profile.started_at
        ))
        .why(msg!(
            "exercise-03-the-query-runs-while-the-profile-loads-why"
        ))
        .help(msg!(
            "exercise-03-the-query-runs-while-the-profile-loads-help-2"
        ))
    });
}
