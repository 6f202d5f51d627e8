//! Grading tests for exercise 05: every report is saved, and each one is saved at the moment
//! its own fetch completed, proven on tokio's paused clock by comparing the end time of every
//! fetch with the start time of every save.

use std::time::Duration;

use exercise_05::save_reports_as_they_arrive;
use kit_harness::{Database, Exercise, Failure, ServiceError, UserApi, format_duration, measure};

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

fn list(times: &[Duration]) -> String {
    times
        .iter()
        .map(|time| format_duration(*time))
        .collect::<Vec<_>>()
        .join(", ")
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
            Failure::new(format!(
                "expected the reports of users 1 to 5 saved once each and their ids returned in \
                 saving order, got {saved:?} with the rows {:?}",
                db.rows(REPORTS_TABLE)
            ))
            .help("save every report with `db.insert(REPORTS_TABLE, user.name)` and return the ids in the order you saved them")
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
            Failure::new(format!(
                "fetching user 3's report failed, but the function returned {saved:?}"
            ))
            .help("pass the first error on to the caller with `?`")
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn each_report_is_saved_when_it_arrives() {
    let (api, db) = services();
    let _ = save_reports_as_they_arrive(&api, &db).await;
    let (fetches, inserts) = (api.stats(), db.stats());
    EXERCISE.assert_calls(&fetches, USERS, "fetch each of the five reports once");
    EXERCISE.assert_calls(&inserts, USERS, "save each of the five reports once");
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
        Failure::new(format!(
            "the reports arrived at {} of simulated time, but were saved at {}",
            list(&arrivals),
            list(&saves)
        ))
        .why(
            "awaiting results in the order they were submitted makes every fast result wait \
             behind the slow one before it: the 0.1 s report is handled only after 1.0 s",
        )
        .help(
            "take the results in completion order (`FuturesUnordered` and `next()`, or a \
             `JoinSet` and `join_next()`) and save each one as soon as it is handed out",
        )
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_import_takes_the_slowest_fetch_plus_one_save() {
    let (api, db) = services();
    let run = measure(save_reports_as_they_arrive(&api, &db)).await;
    EXERCISE
        .elapsed("fetching and saving the five reports", run.elapsed)
        .between(
            SLOWEST_FETCH + SAVE_LATENCY,
            SLOWEST_FETCH + SAVE_LATENCY + Duration::from_millis(20),
        )
        .too_slow_means(
            "the four fast reports were saved only after the slow one arrived, one save after \
             another (1.0 s + 5 × 0.05 s)",
        )
        .help(
            "when every fast report is saved as it arrives, only the slowest one's save is \
             left at the end: 1.0 s + 0.05 s",
        )
        .check();
}
