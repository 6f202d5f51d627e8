//! Grading tests for exercise 21: twenty request handlers wait for migrations that end at a
//! moment drawn anew for every run (between 5 s and 9 s of simulated time, to the millisecond,
//! on tokio's paused clock), so no code can wait for the moment instead of the event. Every
//! handler must resume at that very moment, not at its next check; while they wait, the runtime must be able to
//! sleep, proven by counting its wake-ups (tokio's own park counter, `RuntimeWakeups`), and not
//! because the handlers look so seldom that they notice the end seconds late; and a
//! handler arriving after the migrations must not wait at all. Each test runs on a runtime of
//! its own under a real-time deadline (`Isolated`): a loop that only yields keeps a paused
//! clock from ever moving.

use std::sync::Arc;
use std::time::Duration;

use exercise_21::MigrationStatus;
use kit_harness::{Exercise, Failure, Isolated, RuntimeWakeups, msg, unpredictable_moment};
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
/// How late a handler may notice the end and still count as woken by it in the wake-up check
/// (the timing check wants it at once). A sleep-and-check loop quiet enough to pass that check
/// looks once every few seconds, so it is late by far more than this.
const NOTICED_WITHIN: Duration = Duration::from_millis(100);

/// What a run of the twenty handlers showed.
struct Waiting {
    /// When each handler resumed; `None` if it was still waiting at the end.
    resumed: Vec<Option<Duration>>,
    /// The runtime's wake-ups between `ALL_WAITING` and the end of the migrations.
    quiet_wakeups: u64,
    /// When the migrations ended, this run.
    migrations_done: Duration,
}

/// How many handlers were still waiting at the end of a run.
fn still_waiting(resumed: &[Option<Duration>]) -> usize {
    resumed.iter().filter(|at| at.is_none()).count()
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
                Failure::new(stop.describe(msg!("exercise-21-run-isolated-what")))
                    .why(msg!("exercise-21-run-isolated-why"))
                    .help(msg!("exercise-21-help")),
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
            Some(waited) => msg!("exercise-21-already-done-waited", waited = waited),
            None => msg!(
                "exercise-21-already-done-still-waiting",
                later = GIVE_UP_AFTER
            ),
        };
        Failure::new(problem)
            .why(msg!(
                "exercise-21-a-request-after-the-migrations-goes-straight-through-why"
            ))
            .help(msg!(
                "exercise-21-a-request-after-the-migrations-goes-straight-through-help"
            ))
    });
}

#[kit_harness::check]
fn waiting_requests_resume_the_moment_the_migrations_end() {
    let Waiting {
        resumed,
        migrations_done,
        ..
    } = wait_for_the_migrations();
    let still_waiting = still_waiting(&resumed);
    EXERCISE.ensure(still_waiting == 0, || {
        Failure::new(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem",
            still_waiting = still_waiting,
            handlers = HANDLERS,
            waited = GIVE_UP_AFTER
        ))
        .why(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why"
        ))
        .help(msg!("exercise-21-help"))
    });
    let times: Vec<Duration> = resumed.into_iter().flatten().collect();
    let (first, last) = (times.iter().min().unwrap(), times.iter().max().unwrap());
    EXERCISE.ensure(*first >= migrations_done, || {
        Failure::new(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-2",
            first = first,
            migrations_done = migrations_done
        ))
        .why(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-2"
        ))
        .help(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-help"
        ))
    });
    EXERCISE.ensure(*last == migrations_done, || {
        Failure::new(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-3",
            migrations_done = migrations_done,
            late_by = *last - migrations_done,
            last = last
        ))
        .why(msg!(
            "exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-3"
        ))
        .help(msg!("exercise-21-help"))
    });
}

#[kit_harness::check]
fn waiting_lets_the_runtime_sleep() {
    let Waiting {
        resumed,
        quiet_wakeups,
        migrations_done,
    } = wait_for_the_migrations();
    let quiet = migrations_done - ALL_WAITING;
    EXERCISE.ensure(quiet_wakeups <= QUIET_WAKEUPS, || {
        Failure::new(msg!(
            "exercise-21-waiting-lets-the-runtime-sleep-problem",
            handlers = HANDLERS,
            quiet = quiet,
            quiet_wakeups = quiet_wakeups
        ))
        .why(msg!("exercise-21-waiting-lets-the-runtime-sleep-why"))
        .help(msg!("exercise-21-help"))
    });
    // A runtime left asleep because nobody looks is not waiting well: it is noticing late.
    let still_waiting = still_waiting(&resumed);
    let late_by = resumed
        .iter()
        .map(|at| at.map_or(GIVE_UP_AFTER, |at| at.saturating_sub(migrations_done)))
        .max()
        .unwrap_or_default();
    EXERCISE.ensure(late_by <= NOTICED_WITHIN, || {
        Failure::new(msg!(
            "exercise-21-waiting-lets-the-runtime-sleep-late-problem",
            migrations_done = migrations_done,
            still_waiting = still_waiting,
            late_by = late_by
        ))
        .why(msg!("exercise-21-waiting-lets-the-runtime-sleep-late-why"))
        .help(msg!("exercise-21-help"))
    });
}
