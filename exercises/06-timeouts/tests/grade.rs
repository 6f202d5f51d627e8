//! Grading tests for exercise 06: healthy calls still succeed, a hung dependency makes the
//! caller fail at the time limit (tokio's paused clock) with an error naming the hung call,
//! and the hung call is cancelled, not left running (the services' cancellation counters).

use std::time::Duration;

use exercise_06::{LoadError, Step, load_dashboard};
use kit_harness::{Database, Exercise, Failure, ServiceError, UserApi, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-06");
/// The limit the README promises, independent of the learner's constant.
const LIMIT: Duration = Duration::from_secs(1);
/// A dependency that stopped answering: on the paused clock an hour passes instantly.
const HUNG: Duration = Duration::from_secs(3600);
const PROFILE_LATENCY: Duration = Duration::from_millis(300);
const ORDERS_LATENCY: Duration = Duration::from_millis(200);

fn services(profile: Duration, orders: Duration) -> (UserApi, Database) {
    (
        UserApi::new().with_latency(profile),
        Database::new().with_latency(orders),
    )
}

#[kit_harness::check(start_paused = true)]
async fn loads_the_dashboard_when_both_answer() {
    let (api, db) = services(PROFILE_LATENCY, ORDERS_LATENCY);
    let dashboard = load_dashboard(&api, &db, 7).await;
    let complete = dashboard
        .as_ref()
        .is_ok_and(|d| d.profile.id == 7 && d.orders.key == 7);
    EXERCISE.ensure(complete, || {
        Failure::new(msg!(
            "exercise-06-loads-the-dashboard-when-both-answer-problem",
            dashboard = format!("{:?}", dashboard)
        ))
        .help(msg!(
            "exercise-06-loads-the-dashboard-when-both-answer-help"
        ))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        msg!("exercise-06-loads-the-dashboard-when-both-answer-help-2"),
    );
    EXERCISE.assert_calls(
        &db.stats(),
        1,
        msg!("exercise-06-loads-the-dashboard-when-both-answer-help-3"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_slow_but_healthy_call_is_not_cut_off() {
    // 0.9 s per call: each is under its own 1 s limit, the two together are not.
    let slow = LIMIT - Duration::from_millis(100);
    let (api, db) = services(slow, slow);
    let dashboard = load_dashboard(&api, &db, 7).await;
    EXERCISE.ensure(dashboard.is_ok(), || {
        Failure::new(msg!(
            "exercise-06-a-slow-but-healthy-call-is-not-cut-off-problem",
            dashboard = format!("{:?}", dashboard)
        ))
        .why(msg!(
            "exercise-06-a-slow-but-healthy-call-is-not-cut-off-why"
        ))
        .help(msg!(
            "exercise-06-a-slow-but-healthy-call-is-not-cut-off-help"
        ))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        msg!("exercise-06-loads-the-dashboard-when-both-answer-help-2"),
    );
    EXERCISE.assert_calls(
        &db.stats(),
        1,
        msg!("exercise-06-loads-the-dashboard-when-both-answer-help-3"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_hung_api_fails_at_the_limit() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let run = measure(load_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-06-a-hung-api-fails-at-the-limit-what"),
            run.elapsed,
        )
        .between(LIMIT, LIMIT + Duration::from_millis(20))
        .too_slow_means(msg!("exercise-06-a-hung-api-fails-at-the-limit-too-slow"))
        .help(msg!("exercise-06-a-hung-api-fails-at-the-limit-help"))
        .check();
    // The time counts only for a run that did the work: a 1 s sleep would match it.
    let requests = api.stats().started;
    EXERCISE.ensure(
        requests == 1 && matches!(run.value, Err(LoadError::TimedOut(_))),
        || {
            Failure::new(msg!(
                "exercise-06-a-hung-api-fails-at-the-limit-problem",
                requests = requests,
                dashboard = format!("{:?}", run.value)
            ))
            .help(msg!("exercise-06-a-hung-api-fails-at-the-limit-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_hung_database_fails_at_the_limit() {
    let (api, db) = services(PROFILE_LATENCY, HUNG);
    let run = measure(load_dashboard(&api, &db, 7)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-06-a-hung-database-fails-at-the-limit-what"),
            run.elapsed,
        )
        .between(
            PROFILE_LATENCY + LIMIT,
            PROFILE_LATENCY + LIMIT + Duration::from_millis(20),
        )
        .too_slow_means(msg!(
            "exercise-06-a-hung-database-fails-at-the-limit-too-slow"
        ))
        .help(msg!("exercise-06-a-hung-database-fails-at-the-limit-help"))
        .check();
    // The time counts only for a run that did the work: a 1.3 s sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        1,
        msg!("exercise-06-loads-the-dashboard-when-both-answer-help-2"),
    );
    let queries = db.stats().started;
    EXERCISE.ensure(
        queries == 1 && matches!(run.value, Err(LoadError::TimedOut(_))),
        || {
            Failure::new(msg!(
                "exercise-06-a-hung-database-fails-at-the-limit-problem",
                queries = queries,
                dashboard = format!("{:?}", run.value)
            ))
            .help(msg!("exercise-06-a-hung-database-fails-at-the-limit-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_error_names_the_call_that_hung() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let profile_hung = load_dashboard(&api, &db, 7).await;
    let (api, db) = services(PROFILE_LATENCY, HUNG);
    let orders_hung = load_dashboard(&api, &db, 7).await;
    let (api, db) = services(PROFILE_LATENCY, ORDERS_LATENCY);
    let failed = load_dashboard(&api.failing_for(7), &db, 7).await;
    let expected_failure = ServiceError::Failed {
        service: "user API",
        key: 7,
    };
    // Patterns, not `==`: the error types are the learner's, and so is their `PartialEq`.
    EXERCISE.ensure(
        matches!(profile_hung, Err(LoadError::TimedOut(Step::Profile)))
            && matches!(orders_hung, Err(LoadError::TimedOut(Step::Orders)))
            && matches!(&failed, Err(LoadError::Failed(error)) if *error == expected_failure),
        || {
            Failure::new(msg!(
                "exercise-06-the-error-names-the-call-that-hung-problem",
                profile_hung = format!("{:?}", profile_hung),
                orders_hung = format!("{:?}", orders_hung),
                failed = format!("{:?}", failed)
            ))
            .why(msg!("exercise-06-the-error-names-the-call-that-hung-why"))
            .help(msg!("exercise-06-the-error-names-the-call-that-hung-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_hung_call_is_cancelled() {
    let (api, db) = services(HUNG, ORDERS_LATENCY);
    let _ = load_dashboard(&api, &db, 7).await;
    // Wait past the hang: a call that is still running would now return, not be cancelled.
    tokio::time::sleep(2 * HUNG).await;
    let stats = api.stats();
    EXERCISE.assert_cancelled(
        &stats,
        1,
        msg!("exercise-06-the-hung-call-is-cancelled-help"),
    );
    EXERCISE.ensure(db.stats().started == 0, || {
        Failure::new(msg!("exercise-06-the-hung-call-is-cancelled-problem"))
            .help(msg!("exercise-06-the-hung-call-is-cancelled-help-2"))
    });
}
