//! Checks on a service's counters ([`CallStats`]): how many calls completed, how many ran at
//! once, how they were spread over time, how many were dropped. Each check is an
//! [`Exercise`] method, so a failure ends with the exercise's hint, and each one says what it
//! saw, dropped calls included ("12 calls were started but only 3 completed").
//!
//! Every check counts the calls that did their work: a call started and then dropped proves
//! nothing, so it never counts as a call nor as concurrency. Bound and rate checks also fail
//! when no call completed at all: a limit is only respected by code that made the calls.
//!
//! The bound checks (overlap, in flight, rate) add their calls and limit to the check's
//! [`timeline`](crate::timeline), passed or not.

use crate::calls::CallStats;
use crate::grade::{Exercise, Failure};
use crate::message::Message;
use crate::msg;
use crate::services::RateLimit;
use crate::timeline::{Bound, note_bound};

impl Exercise {
    /// Exactly `expected` calls to `stats.service` must have completed. Dropped calls are not
    /// calls: they did not do their work.
    #[track_caller]
    pub fn assert_calls(&self, stats: &CallStats, expected: usize, help: Message) {
        let completed = stats.completed();
        self.ensure(completed == expected, || {
            let service = Message::service(stats.service);
            let problem = if stats.started == 0 {
                msg!(
                    "harness-calls-never-called",
                    service = service,
                    expected = expected
                )
            } else if completed < expected && stats.dropped > 0 {
                msg!(
                    "harness-calls-some-dropped",
                    started = stats.started,
                    service = service,
                    completed = completed,
                    expected = expected,
                )
            } else {
                msg!(
                    "harness-calls-wrong-count",
                    service = service,
                    completed = completed,
                    expected = expected,
                    dropped = stats.dropped,
                )
            };
            let why = if completed < expected {
                msg!("harness-calls-too-few-why")
            } else {
                msg!("harness-calls-too-many-why")
            };
            Failure::new(problem).why(why).help(help)
        });
    }

    /// The calls to `stats.service` must have overlapped: at least `at_least` calls that went
    /// on to complete were in flight at the same moment.
    #[track_caller]
    pub fn assert_overlapped(&self, stats: &CallStats, at_least: usize, help: Message) {
        let overlap = stats.max_completed_in_flight;
        note_bound(stats, Bound::Overlapped(at_least), overlap >= at_least);
        self.ensure(overlap >= at_least, || {
            let completed = stats.completed();
            let service = Message::service(stats.service);
            let problem = if completed == 0 {
                msg!(
                    "harness-overlap-none-completed",
                    service = service,
                    at_least = at_least,
                    dropped = stats.dropped,
                )
            } else if overlap <= 1 {
                msg!(
                    "harness-overlap-never",
                    completed = completed,
                    service = service,
                    dropped = stats.dropped,
                )
            } else {
                msg!(
                    "harness-overlap-too-few",
                    overlap = overlap,
                    completed = completed,
                    service = service,
                    at_least = at_least,
                    dropped = stats.dropped,
                )
            };
            Failure::new(problem)
                .why(msg!("harness-overlap-why"))
                .help(help)
        });
    }

    /// No more than `limit` calls to `stats.service` may have been in flight at once, dropped
    /// calls included for as long as they ran; and calls must have been made.
    #[track_caller]
    pub fn assert_in_flight_at_most(&self, stats: &CallStats, limit: usize, help: Message) {
        let holds = stats.completed() > 0 && stats.max_in_flight <= limit;
        note_bound(stats, Bound::InFlightAtMost(limit), holds);
        self.assert_some_calls_completed(stats, "in-flight", help.clone());
        self.ensure(stats.max_in_flight <= limit, || {
            Failure::new(msg!(
                "harness-in-flight-problem",
                in_flight = stats.max_in_flight,
                service = Message::service(stats.service),
                limit = limit,
            ))
            .why(msg!("harness-in-flight-why"))
            .help(help)
        });
    }

    /// The calls to `stats.service` must respect `limit` over every sliding window (every
    /// attempt counts, as the service counts them); and calls must have been made.
    #[track_caller]
    pub fn assert_rate_limit(&self, stats: &CallStats, limit: RateLimit, help: Message) {
        let busiest = stats.busiest_window(limit.window);
        let holds = stats.completed() > 0 && busiest.is_none_or(|peak| peak.calls <= limit.calls);
        note_bound(stats, Bound::Rate(limit, busiest), holds);
        self.assert_some_calls_completed(stats, "rate", help.clone());
        let Some(peak) = busiest else {
            return;
        };
        self.ensure(peak.calls <= limit.calls, || {
            Failure::new(msg!(
                "harness-rate-problem",
                calls = peak.calls,
                service = Message::service(stats.service),
                window = limit.window,
                first = peak.first_start,
                last = peak.last_start,
                limit = limit.calls,
            ))
            .why(msg!("harness-rate-why"))
            .help(help)
        });
    }

    /// At least `at_least` calls to `stats.service` must have been dropped before they
    /// returned (cancelled by a timeout, a lost `select!` branch, an abort).
    #[track_caller]
    pub fn assert_cancelled(&self, stats: &CallStats, at_least: usize, help: Message) {
        self.ensure(stats.dropped >= at_least, || {
            Failure::new(msg!(
                "harness-cancelled-problem",
                dropped = stats.dropped,
                service = Message::service(stats.service),
                at_least = at_least,
                completed = stats.completed(),
            ))
            .why(msg!("harness-cancelled-why"))
            .help(help)
        });
    }

    /// A bound or rate check proves nothing about code that made no call: fail unless at
    /// least one call completed. `limit` names the check for the message: `in-flight` or
    /// `rate`.
    #[track_caller]
    fn assert_some_calls_completed(&self, stats: &CallStats, limit: &str, help: Message) {
        self.ensure(stats.completed() > 0, || {
            let service = Message::service(stats.service);
            let problem = if stats.started == 0 {
                msg!("harness-no-calls-never-called", service = service)
            } else {
                msg!(
                    "harness-no-calls-all-dropped",
                    started = stats.started,
                    service = service
                )
            };
            Failure::new(problem)
                .why(msg!("harness-no-calls-why", limit = limit))
                .help(help)
        });
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::calls::{CallLog, Outcome};

    const EXERCISE: Exercise = Exercise::new("exercise-01");

    /// Some exercise's help line: these tests check the problem and why lines.
    fn help() -> Message {
        msg!("exercise-01-ten-users-take-half-a-second-help")
    }

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    /// The panic message of `check`, or `None` when it passed.
    fn failure_of(check: impl FnOnce() + std::panic::UnwindSafe) -> Option<String> {
        std::panic::catch_unwind(check).err().map(|payload| {
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        })
    }

    /// `calls` calls of 100 ms, all at once or one after another, of which the first
    /// `dropped` are dropped halfway.
    async fn stats_of(calls: u64, overlapping: bool, dropped: u64) -> CallStats {
        let log = CallLog::new("user API");
        if overlapping {
            let guards: Vec<_> = (0..calls).map(|key| log.begin(key)).collect();
            tokio::time::sleep(ms(50)).await;
            let mut guards = guards.into_iter();
            guards.by_ref().take(dropped as usize).for_each(drop);
            tokio::time::sleep(ms(50)).await;
            guards.for_each(|guard| guard.finish(Outcome::Succeeded));
        } else {
            for key in 0..calls {
                let guard = log.begin(key);
                tokio::time::sleep(ms(50)).await;
                if key < dropped {
                    drop(guard);
                    continue;
                }
                tokio::time::sleep(ms(50)).await;
                guard.finish(Outcome::Succeeded);
            }
        }
        log.stats()
    }

    #[tokio::test(start_paused = true)]
    async fn call_count_counts_completed_calls_and_says_what_was_dropped() {
        let never = stats_of(0, false, 0).await;
        let message = failure_of(|| EXERCISE.assert_calls(&never, 1, help())).unwrap();
        assert!(
            message.starts_with("the user API was never called, expected 1 calls"),
            "{message}"
        );
        let mostly_dropped = stats_of(12, true, 9).await;
        let message = failure_of(|| EXERCISE.assert_calls(&mostly_dropped, 12, help())).unwrap();
        assert!(
            message.starts_with(
                "12 calls to the user API were started but only 3 completed, expected 12: the \
                 others were dropped before they finished"
            ),
            "{message}"
        );
        assert_eq!(
            failure_of(|| EXERCISE.assert_calls(&mostly_dropped, 3, help())),
            None
        );
        let twice = stats_of(2, false, 0).await;
        let message = failure_of(|| EXERCISE.assert_calls(&twice, 1, help())).unwrap();
        assert!(
            message.starts_with("the user API completed 2 calls, expected 1"),
            "{message}"
        );
        assert_eq!(
            failure_of(|| EXERCISE.assert_calls(&twice, 2, help())),
            None
        );
    }

    #[tokio::test(start_paused = true)]
    async fn overlap_counts_only_calls_that_completed() {
        let sequential = stats_of(10, false, 0).await;
        let message = failure_of(|| EXERCISE.assert_overlapped(&sequential, 10, help())).unwrap();
        assert!(
            message.starts_with(
                "the 10 completed calls to the user API never overlapped: at most 1 was in flight"
            ),
            "{message}"
        );
        let concurrent = stats_of(10, true, 0).await;
        assert_eq!(
            failure_of(|| EXERCISE.assert_overlapped(&concurrent, 10, help())),
            None
        );
        // Ten calls started together, but nine of them only to be dropped.
        let decoys = stats_of(10, true, 9).await;
        assert_eq!(decoys.max_in_flight, 10);
        let message = failure_of(|| EXERCISE.assert_overlapped(&decoys, 10, help())).unwrap();
        assert!(
            message.starts_with(
                "the 1 completed calls to the user API never overlapped: at most 1 was in flight \
                 at any moment; 9 more were started and dropped before they finished"
            ),
            "{message}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn in_flight_limit_counts_dropped_calls_while_they_ran() {
        let burst = stats_of(12, true, 0).await;
        let message = failure_of(|| EXERCISE.assert_in_flight_at_most(&burst, 10, help())).unwrap();
        assert!(
            message.starts_with("12 calls to the user API were in flight"),
            "{message}"
        );
        assert!(
            message.contains("help: create all ten request futures"),
            "{message}"
        );
        assert_eq!(
            failure_of(|| EXERCISE.assert_in_flight_at_most(&burst, 12, help())),
            None
        );
        // The service bore all twelve, even if eleven were dropped halfway.
        let dropped_burst = stats_of(12, true, 11).await;
        assert!(
            failure_of(|| EXERCISE.assert_in_flight_at_most(&dropped_burst, 10, help())).is_some()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn bound_and_rate_checks_fail_without_completed_calls() {
        let never = stats_of(0, false, 0).await;
        let message = failure_of(|| EXERCISE.assert_in_flight_at_most(&never, 10, help())).unwrap();
        assert!(
            message.starts_with("the user API was never called\n  why: a limit on calls in flight"),
            "{message}"
        );
        let limit = RateLimit::per(30, ms(60_000));
        let message = failure_of(|| EXERCISE.assert_rate_limit(&never, limit, help())).unwrap();
        assert!(
            message.starts_with("the user API was never called\n  why: a rate limit"),
            "{message}"
        );
        let all_dropped = stats_of(5, true, 5).await;
        let message =
            failure_of(|| EXERCISE.assert_rate_limit(&all_dropped, limit, help())).unwrap();
        assert!(
            message.starts_with(
                "5 calls to the user API were started and every one was dropped before it \
                 finished"
            ),
            "{message}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn cancellation_check_counts_dropped_calls() {
        let none_dropped = stats_of(10, true, 0).await;
        let message = failure_of(|| EXERCISE.assert_cancelled(&none_dropped, 9, help())).unwrap();
        assert!(
            message.starts_with(
                "0 calls to the user API were cancelled, expected at least 9; 10 ran to the end"
            ),
            "{message}"
        );
        let dropped = stats_of(10, true, 9).await;
        assert_eq!(
            failure_of(|| EXERCISE.assert_cancelled(&dropped, 9, help())),
            None
        );
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limit_check_names_the_window() {
        let log = CallLog::new("LLM endpoint");
        for _ in 0..3 {
            log.begin(0).finish(Outcome::Succeeded);
            tokio::time::sleep(ms(400)).await;
        }
        let stats = log.stats();
        let limit = RateLimit::per(2, ms(1000));
        let message = failure_of(|| EXERCISE.assert_rate_limit(&stats, limit, help())).unwrap();
        assert!(
            message.starts_with(
                "3 calls to the LLM endpoint started within 1.0 s (between 0.0 s and 0.8 s"
            ),
            "{message}"
        );
        let loose = RateLimit::per(3, ms(1000));
        assert_eq!(
            failure_of(|| EXERCISE.assert_rate_limit(&stats, loose, help())),
            None
        );
    }
}
