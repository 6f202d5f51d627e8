//! Grading tests for exercise 21: twenty request handlers wait for migrations that end at a
//! moment drawn anew for every run (between 5 s and 9 s of simulated time, to the millisecond,
//! on tokio's paused clock), so no code can wait for the moment instead of the event. Every
//! handler must resume at that very moment, not at its next check; while they wait, the runtime must be able to
//! sleep, proven by counting its wake-ups (tokio's own park counter, `RuntimeWakeups`); and a
//! handler arriving after the migrations must not wait at all. Each test runs on a runtime of
//! its own under a real-time deadline (`Isolated`): a loop that only yields keeps a paused
//! clock from ever moving.

use std::sync::Arc;
use std::time::Duration;

use exercise_21::MigrationStatus;
use kit_harness::{
    Exercise, Failure, Isolated, RuntimeWakeups, format_duration, unpredictable_moment,
};
use tokio::time::Instant;

const EXERCISE: Exercise = Exercise::new("exercise-21");
const HANDLERS: u32 = 20;
/// Handler `i` arrives at `i` times this: all are waiting by 0.703 s.
const ARRIVAL_STEP: Duration = Duration::from_millis(37);
/// From here on every handler waits and nothing else happens until the migrations end.
const ALL_WAITING: Duration = Duration::from_millis(750);
/// The migrations end at a moment drawn between these two for every run.
const MIGRATIONS_END_EARLIEST: Duration = Duration::from_secs(5);
const MIGRATIONS_END_LATEST: Duration = Duration::from_secs(9);
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
    /// The runtime's wake-ups between `ALL_WAITING` and the end of the migrations.
    quiet_wakeups: u64,
    /// When the migrations ended, this run.
    migrations_done: Duration,
}

/// Twenty handlers arrive one after another and wait; the migrations end at a moment drawn
/// for this run.
fn wait_for_the_migrations() -> Waiting {
    let migrations_done = unpredictable_moment(MIGRATIONS_END_EARLIEST, MIGRATIONS_END_LATEST);
    run_isolated(move || async move {
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
        tokio::time::sleep_until(start + migrations_done).await;
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
            migrations_done,
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
    let Waiting {
        resumed,
        migrations_done,
        ..
    } = wait_for_the_migrations();
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
    EXERCISE.ensure(*first >= migrations_done, || {
        Failure::new(format!(
            "a request resumed at {} of simulated time, before the migrations ended at {}",
            format_duration(*first),
            format_duration(migrations_done)
        ))
        .why("a handler that does not wait for the migrations reads a half-migrated database")
        .help("return from `wait_until_done` only once `mark_done` has been called")
    });
    EXERCISE.ensure(*last == migrations_done, || {
        Failure::new(format!(
            "the migrations ended at {}, but the requests resumed up to {} later (the last \
             at {})",
            format_duration(migrations_done),
            format_duration(*last - migrations_done),
            format_duration(*last)
        ))
        .why(
            "a handler that checks a flag now and then notices the change only at its next \
             check: each waits up to one interval too long, and a shorter interval only trades \
             that delay for more wake-ups (the migrations end at another moment in every run, \
             so no wait can be timed to it)",
        )
        .help(HELP)
    });
}

#[kit_harness::check]
fn waiting_lets_the_runtime_sleep() {
    let Waiting {
        quiet_wakeups,
        migrations_done,
        ..
    } = wait_for_the_migrations();
    let quiet = migrations_done - ALL_WAITING;
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
