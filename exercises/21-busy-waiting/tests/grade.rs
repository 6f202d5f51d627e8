//! Grading tests for exercise 21: twenty request handlers wait for migrations that end at an
//! odd moment (7.337 s of simulated time, on tokio's paused clock). Every handler must resume
//! at that very moment, not at its next check; while they wait, the runtime must be able to
//! sleep, proven by counting its wake-ups (tokio's own park counter, `RuntimeWakeups`); and a
//! handler arriving after the migrations must not wait at all. Each test runs on a runtime of
//! its own under a real-time deadline (`Isolated`): a loop that only yields keeps a paused
//! clock from ever moving.

use std::sync::Arc;
use std::time::Duration;

use exercise_21::MigrationStatus;
use kit_harness::{Exercise, Failure, Isolated, RuntimeWakeups, format_duration};
use tokio::time::Instant;

const EXERCISE: Exercise = Exercise::new("exercise-21");
const HANDLERS: u32 = 20;
/// Handler `i` arrives at `i` times this: all are waiting by 0.703 s.
const ARRIVAL_STEP: Duration = Duration::from_millis(37);
/// From here on every handler waits and nothing else happens until the migrations end.
const ALL_WAITING: Duration = Duration::from_millis(750);
const MIGRATIONS_DONE: Duration = Duration::from_millis(7_337);
/// A waiter still waiting this long after the migrations ended never woke.
const GIVE_UP_AFTER: Duration = Duration::from_secs(60);
/// The runtime's own timer for the test's sleep costs up to four wake-ups on its way down
/// the timer wheel; twice that is still nothing next to one check per 100 ms per handler.
const QUIET_WAKEUPS: u64 = 8;

const HELP: &str = "let `mark_done` wake the waiting handlers: keep the state in a \
                    `tokio::sync::watch` channel (`send_replace(true)`, and \
                    `subscribe().wait_for(|done| *done)` to wait), or put a \
                    `tokio::sync::Notify` beside the flag";

/// What a run of the twenty handlers showed.
struct Waiting {
    /// When each handler resumed; `None` if it was still waiting at the end.
    resumed: Vec<Option<Duration>>,
    /// The runtime's wake-ups between `ALL_WAITING` and `MIGRATIONS_DONE`.
    quiet_wakeups: u64,
}

/// Twenty handlers arrive one after another and wait; the migrations end at
/// `MIGRATIONS_DONE`.
fn wait_for_the_migrations() -> Waiting {
    run_isolated(|| async {
        let status = Arc::new(MigrationStatus::new());
        let start = Instant::now();
        let handlers: Vec<_> = (0..HANDLERS)
            .map(|index| {
                let status = Arc::clone(&status);
                tokio::spawn(async move {
                    tokio::time::sleep(ARRIVAL_STEP * index).await;
                    status.wait_until_done().await;
                    start.elapsed()
                })
            })
            .collect();
        tokio::time::sleep_until(start + ALL_WAITING).await;
        let wakeups = RuntimeWakeups::start();
        tokio::time::sleep_until(start + MIGRATIONS_DONE).await;
        let quiet_wakeups = wakeups.count();
        status.mark_done();
        tokio::time::sleep(GIVE_UP_AFTER).await;
        let mut resumed = Vec::new();
        for handler in handlers {
            resumed.push(if handler.is_finished() {
                handler.await.ok()
            } else {
                handler.abort();
                None
            });
        }
        Waiting {
            resumed,
            quiet_wakeups,
        }
    })
}

/// Run `work` on a paused current_thread runtime of its own; a run that never lets the
/// clock move fails the check with an explanation.
fn run_isolated<T, Fut>(work: impl FnOnce() -> Fut + Send + 'static) -> T
where
    Fut: std::future::Future<Output = T>,
    T: Send + 'static,
{
    Isolated::current_thread()
        .start_paused()
        .run(work)
        .unwrap_or_else(|stop| {
            EXERCISE.fail(
                Failure::new(stop.describe("waiting for the migrations"))
                    .why(
                        "tokio's paused clock moves only when every task waits; a loop that \
                         only yields (or spins) never lets the runtime rest, so the migrations' \
                         end never even comes, and in production it burns a CPU core",
                    )
                    .help(HELP),
            )
        })
}

#[kit_harness::check]
fn a_request_after_the_migrations_goes_straight_through() {
    let waited = run_isolated(|| async {
        let status = MigrationStatus::new();
        status.mark_done();
        let start = Instant::now();
        let done = tokio::time::timeout(GIVE_UP_AFTER, status.wait_until_done()).await;
        done.ok().map(|()| start.elapsed())
    });
    EXERCISE.ensure(waited == Some(Duration::ZERO), || {
        let problem = match waited {
            Some(waited) => format!(
                "the migrations were already done, yet the request waited {} of simulated time",
                format_duration(waited)
            ),
            None => format!(
                "the migrations were already done, yet the request was still waiting {} later",
                format_duration(GIVE_UP_AFTER)
            ),
        };
        Failure::new(problem)
            .why(
                "a notification only wakes the tasks that are waiting when it is sent: a \
                 request that arrives later needs the state itself (`Notify::notify_waiters` \
                 keeps nothing)",
            )
            .help(
                "keep the state, not only the wake-up: check it before waiting, or use a \
                 `watch` channel, whose `wait_for` looks at the current value first",
            )
    });
}

#[kit_harness::check]
fn waiting_requests_resume_the_moment_the_migrations_end() {
    let Waiting { resumed, .. } = wait_for_the_migrations();
    let still_waiting = resumed.iter().filter(|at| at.is_none()).count();
    EXERCISE.ensure(still_waiting == 0, || {
        Failure::new(format!(
            "{still_waiting} of the {HANDLERS} requests were still waiting {} after the \
             migrations ended",
            format_duration(GIVE_UP_AFTER)
        ))
        .why(
            "`mark_done` must wake every waiting handler: `Notify::notify_one` wakes one, and a \
             handler that starts waiting just after a `notify_waiters` misses it",
        )
        .help(HELP)
    });
    let times: Vec<Duration> = resumed.into_iter().flatten().collect();
    let (first, last) = (times.iter().min().unwrap(), times.iter().max().unwrap());
    EXERCISE.ensure(*first >= MIGRATIONS_DONE, || {
        Failure::new(format!(
            "a request resumed at {} of simulated time, before the migrations ended at {}",
            format_duration(*first),
            format_duration(MIGRATIONS_DONE)
        ))
        .why("a handler that does not wait for the migrations reads a half-migrated database")
        .help("return from `wait_until_done` only once `mark_done` has been called")
    });
    EXERCISE.ensure(*last == MIGRATIONS_DONE, || {
        Failure::new(format!(
            "the migrations ended at {}, but the requests resumed up to {} later (the last \
             at {})",
            format_duration(MIGRATIONS_DONE),
            format_duration(*last - MIGRATIONS_DONE),
            format_duration(*last)
        ))
        .why(
            "a handler that checks a flag now and then notices the change only at its next \
             check: each waits up to one interval too long, and a shorter interval only trades \
             that delay for more wake-ups",
        )
        .help(HELP)
    });
}

#[kit_harness::check]
fn waiting_lets_the_runtime_sleep() {
    let Waiting { quiet_wakeups, .. } = wait_for_the_migrations();
    let quiet = MIGRATIONS_DONE - ALL_WAITING;
    EXERCISE.ensure(quiet_wakeups <= QUIET_WAKEUPS, || {
        Failure::new(format!(
            "while {HANDLERS} requests waited {} of simulated time for the migrations, the \
             runtime was woken {quiet_wakeups} times, though nothing happened until they ended",
            format_duration(quiet)
        ))
        .why(
            "a sleep-and-check loop wakes its task at every check whether or not anything \
             changed: waiting should cost nothing, and a thousand waiting requests would cost \
             a thousand times more",
        )
        .help(HELP)
    });
}
