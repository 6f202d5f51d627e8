//! Grading tests for exercise 05: every report is saved, and each one is saved at the moment
//! its own fetch completed, proven on tokio's paused clock by comparing the end time of every
//! fetch with the start time of every save.

use std::time::Duration;

use exercise_05::save_reports_as_they_arrive;
use kit_harness::{Arg, Database, Exercise, Failure, ServiceError, UserApi, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-05");
/// The table the README names; the test's own, not the learner's constant.
const REPORTS_TABLE: &str = "reports";
const USERS: usize = 5;
const SAVE_LATENCY: Duration = Duration::from_millis(50);
/// User 1, the first one submitted, is the slow one: its report takes 1 s.
const SLOWEST_FETCH: Duration = Duration::from_millis(1000);

/// Fetch latencies 1.0 s, 0.1 s, 0.3 s, 0.2 s, 0.4 s for users 1 to 5: spaced 0.1 s apart,
/// more than a 50 ms save, so a correct run saves each report exactly when it arrives.
fn services() -> (UserApi, Database) {
    let api = UserApi::new()
        .with_latency_for(1, SLOWEST_FETCH)
        .with_latency_for(2, Duration::from_millis(100))
        .with_latency_for(3, Duration::from_millis(300))
        .with_latency_for(4, Duration::from_millis(200))
        .with_latency_for(5, Duration::from_millis(400));
    (api, Database::new().with_latency(SAVE_LATENCY))
}

fn list(times: &[Duration]) -> Arg {
    Arg::list(times.iter().copied(), ", ")
}

#[kit_harness::check(start_paused = true)]
async fn saves_every_report() {
    let (api, db) = services();
    let saved = save_reports_as_they_arrive(&api, &db).await;
    let mut rows = db.rows(REPORTS_TABLE);
    let in_saving_order: Option<Vec<String>> = saved
        .as_ref()
        .ok()
        .map(|ids| ids.iter().map(|id| format!("user-{id}")).collect());
    let returned_what_was_saved = in_saving_order.as_ref() == Some(&rows);
    rows.sort();
    EXERCISE.ensure(
        returned_what_was_saved && rows == ["user-1", "user-2", "user-3", "user-4", "user-5"],
        || {
            Failure::new(msg!(
                "exercise-05-saves-every-report-problem",
                saved = format!("{:?}", saved),
                reports_table = format!("{:?}", db.rows(REPORTS_TABLE))
            ))
            .help(msg!("exercise-05-saves-every-report-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_fetch_is_reported() {
    let (api, db) = services();
    let api = api.failing_for(3);
    let saved = save_reports_as_they_arrive(&api, &db).await;
    EXERCISE.ensure(
        saved
            == Err(ServiceError::Failed {
                service: "user API",
                key: 3,
            }),
        || {
            Failure::new(msg!(
                "exercise-05-a-failed-fetch-is-reported-problem",
                saved = format!("{:?}", saved)
            ))
            .help(msg!("exercise-05-a-failed-fetch-is-reported-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn each_report_is_saved_when_it_arrives() {
    let (api, db) = services();
    let _ = save_reports_as_they_arrive(&api, &db).await;
    let (fetches, inserts) = (api.stats(), db.stats());
    EXERCISE.assert_calls(
        &fetches,
        USERS,
        msg!("exercise-05-each-report-is-saved-when-it-arrives-help"),
    );
    EXERCISE.assert_calls(
        &inserts,
        USERS,
        msg!("exercise-05-each-report-is-saved-when-it-arrives-help-2"),
    );
    let mut arrivals: Vec<Duration> = fetches
        .completed_calls()
        .filter_map(|call| call.ended_at)
        .collect();
    arrivals.sort();
    let mut saves: Vec<Duration> = inserts
        .completed_calls()
        .map(|call| call.started_at)
        .collect();
    saves.sort();
    EXERCISE.ensure(saves == arrivals, || {
        Failure::new(msg!(
            "exercise-05-each-report-is-saved-when-it-arrives-problem",
            arrivals = list(&arrivals),
            saves = list(&saves)
        ))
        .why(msg!("exercise-05-each-report-is-saved-when-it-arrives-why"))
        .help(msg!(
            "exercise-05-each-report-is-saved-when-it-arrives-help-3"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_import_takes_the_slowest_fetch_plus_one_save() {
    let (api, db) = services();
    let run = measure(save_reports_as_they_arrive(&api, &db)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-what"),
            run.elapsed,
        )
        .between(
            SLOWEST_FETCH + SAVE_LATENCY,
            SLOWEST_FETCH + SAVE_LATENCY + Duration::from_millis(20),
        )
        .too_slow_means(msg!(
            "exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-too-slow"
        ))
        .help(msg!(
            "exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-help"
        ))
        .check();
    // The time counts only for a run that did the work: a plain sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        USERS,
        msg!("exercise-05-each-report-is-saved-when-it-arrives-help"),
    );
    EXERCISE.assert_calls(
        &db.stats(),
        USERS,
        msg!("exercise-05-each-report-is-saved-when-it-arrives-help-2"),
    );
}
