//! Call accounting shared by every simulated service: who called, when (on tokio's clock), how
//! many calls were really in flight at once, and how each call ended.
//!
//! Three kinds of call are told apart, because a lesson is proven only by calls that did their
//! work:
//! - **started**: every call whose future was polled at least once;
//! - **completed**: calls that returned (a value, their configured failure, or a rate-limit
//!   refusal);
//! - **dropped**: calls whose future was dropped before it returned (a timeout, a lost
//!   `select!` branch, an aborted task). A drop guard notices them.
//!
//! A dropped call is never a completed call, and it stops being in flight the moment it is
//! dropped. Peaks of calls in flight are computed from each call's real interval on the clock,
//! `[started_at, ended_at)`: a call dropped at the instant it started was never in flight.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

/// How one call ended, or that it has not ended yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Started and not finished yet.
    InFlight,
    /// Returned a value.
    Succeeded,
    /// Returned the failure configured for its key.
    Failed,
    /// Refused by the service's rate limit.
    Rejected,
    /// Dropped before it returned: the caller's future was cancelled or its task aborted.
    Dropped,
}

impl Outcome {
    /// Whether the call returned to its caller: succeeded, failed or rejected.
    pub fn completed(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed | Self::Rejected)
    }
}

/// One call as the service saw it. Times are offsets from the moment the service was created,
/// on tokio's clock (simulated time when the clock is paused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRecord {
    /// What the call asked for: a user id, a row key, or the call's sequence number.
    pub key: u64,
    /// When the call started.
    pub started_at: Duration,
    /// When it returned or was dropped; `None` while in flight.
    pub ended_at: Option<Duration>,
    /// How it ended.
    pub outcome: Outcome,
    /// How long the service was configured to take for this call, when it knows: what the
    /// call would have taken had nobody dropped or refused it. Timelines schedule their
    /// reference shape with it.
    pub latency: Option<Duration>,
}

impl CallRecord {
    /// Whether the call returned to its caller (see [`Outcome::completed`]).
    pub fn completed(&self) -> bool {
        self.outcome.completed()
    }
}

/// The densest stretch of calls found by [`CallStats::busiest_window`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowPeak {
    /// How many calls started inside the window.
    pub calls: usize,
    /// Start time of the first of those calls.
    pub first_start: Duration,
    /// Start time of the last of those calls.
    pub last_start: Duration,
}

/// A snapshot of everything a service has counted so far.
///
/// The outcome counters partition `started`:
/// `started == in_flight + succeeded + failed + rejected + dropped`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallStats {
    /// The service's name, used in failure messages ("user API", "database", ...).
    pub service: &'static str,
    /// Every call that started (a future that was never polled never starts).
    pub started: usize,
    /// Calls started and not yet finished or dropped.
    pub in_flight: usize,
    /// The most calls that were in flight at the same moment, dropped calls included for the
    /// time they really ran: what the service had to bear. Upper bounds check this.
    pub max_in_flight: usize,
    /// The most calls that went on to complete and were in flight at the same moment: real
    /// concurrency, which a call started only to be dropped cannot fake. Overlap checks use
    /// this.
    pub max_completed_in_flight: usize,
    /// Calls that returned a value.
    pub succeeded: usize,
    /// Calls that returned their configured failure.
    pub failed: usize,
    /// Calls refused by the rate limit.
    pub rejected: usize,
    /// Calls dropped before they returned: neither completed nor in flight any more.
    pub dropped: usize,
    /// Every call in the order it started.
    pub calls: Vec<CallRecord>,
}

impl CallStats {
    /// Calls that returned (a value, a failure or a rejection): the ones nobody dropped.
    pub fn completed(&self) -> usize {
        self.succeeded + self.failed + self.rejected
    }

    /// The completed calls, in the order they started.
    pub fn completed_calls(&self) -> impl Iterator<Item = &CallRecord> {
        self.calls.iter().filter(|call| call.completed())
    }

    /// Start times of every call, in order.
    pub fn start_times(&self) -> Vec<Duration> {
        self.calls.iter().map(|call| call.started_at).collect()
    }

    /// The calls made for one key, dropped ones included, in the order they started.
    pub fn calls_for(&self, key: u64) -> impl Iterator<Item = &CallRecord> {
        self.calls.iter().filter(move |call| call.key == key)
    }

    /// The most calls that started within any span of `window` (half-open: a call exactly
    /// `window` after another is in the next window), with where that span is. Every attempt
    /// counts, dropped and refused ones included, as a real service counts requests. This is
    /// how a rate limit "at most N calls per minute" is checked over EVERY window, not only
    /// over fixed minute boundaries. Returns `None` when there were no calls.
    pub fn busiest_window(&self, window: Duration) -> Option<WindowPeak> {
        let starts = self.start_times();
        let mut best: Option<WindowPeak> = None;
        let mut first = 0;
        for (last, &start) in starts.iter().enumerate() {
            while start - starts[first] >= window {
                first += 1;
            }
            let calls = last - first + 1;
            if best.is_none_or(|peak| calls > peak.calls) {
                best = Some(WindowPeak {
                    calls,
                    first_start: starts[first],
                    last_start: start,
                });
            }
        }
        best
    }
}

/// The most of `calls` in flight at one moment, each in flight over `[started_at, ended_at)`
/// (a call still running counts until the end of time). A call that ends at the instant
/// another starts did not overlap it, and a call that took no time was never in flight.
fn peak_in_flight<'a>(calls: impl Iterator<Item = &'a CallRecord>) -> usize {
    // (time, +1 for a start / -1 for an end); at equal times ends sort before starts.
    let mut events: Vec<(Duration, i8)> = Vec::new();
    for call in calls {
        let end = call.ended_at.unwrap_or(Duration::MAX);
        if end > call.started_at {
            events.push((call.started_at, 1));
            events.push((end, -1));
        }
    }
    events.sort_unstable();
    let (mut now, mut peak) = (0usize, 0usize);
    for (_, change) in events {
        if change > 0 {
            now += 1;
            peak = peak.max(now);
        } else {
            now -= 1;
        }
    }
    peak
}

#[derive(Debug)]
struct LogState {
    service: &'static str,
    origin: Instant,
    calls: Vec<CallRecord>,
    in_flight: usize,
}

/// The shared, cloneable counter behind a service. Clones count into the same log.
#[derive(Debug, Clone)]
pub struct CallLog {
    state: Arc<Mutex<LogState>>,
}

impl CallLog {
    /// A log for the service called `service`; time zero is now on tokio's clock.
    pub fn new(service: &'static str) -> Self {
        let log = Self {
            state: Arc::new(Mutex::new(LogState {
                service,
                origin: Instant::now(),
                calls: Vec::new(),
                in_flight: 0,
            })),
        };
        crate::timeline::register_log(&log);
        log
    }

    /// Record that a call for `key` starts now. Keep the guard alive for the whole call and
    /// [`finish`](CallGuard::finish) it when the call returns; dropping it unfinished records
    /// the call as dropped.
    pub fn begin(&self, key: u64) -> CallGuard {
        self.begin_call(key, None)
    }

    /// [`begin`](Self::begin) for a call the service expects to take `latency`.
    pub fn begin_expecting(&self, key: u64, latency: Duration) -> CallGuard {
        self.begin_call(key, Some(latency))
    }

    fn begin_call(&self, key: u64, latency: Option<Duration>) -> CallGuard {
        let mut state = self.lock();
        let started_at = state.origin.elapsed();
        state.calls.push(CallRecord {
            key,
            started_at,
            ended_at: None,
            outcome: Outcome::InFlight,
            latency,
        });
        state.in_flight += 1;
        CallGuard {
            log: self.clone(),
            index: state.calls.len() - 1,
            finished: false,
        }
    }

    /// Time elapsed on tokio's clock since the log was created.
    pub fn elapsed(&self) -> Duration {
        self.lock().origin.elapsed()
    }

    /// A snapshot of the counters and of every call so far.
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("CallLog::stats");
        let state = self.lock();
        let count = |outcome: Outcome| {
            state
                .calls
                .iter()
                .filter(|call| call.outcome == outcome)
                .count()
        };
        CallStats {
            service: state.service,
            started: state.calls.len(),
            in_flight: state.in_flight,
            max_in_flight: peak_in_flight(state.calls.iter()),
            max_completed_in_flight: peak_in_flight(
                state.calls.iter().filter(|call| call.completed()),
            ),
            succeeded: count(Outcome::Succeeded),
            failed: count(Outcome::Failed),
            rejected: count(Outcome::Rejected),
            dropped: count(Outcome::Dropped),
            calls: state.calls.clone(),
        }
    }

    /// The service's name, when time zero of its records is on tokio's clock, and every call
    /// so far: what a timeline needs to put several services on one axis.
    pub(crate) fn timed_calls(&self) -> (&'static str, Instant, Vec<CallRecord>) {
        let state = self.lock();
        (state.service, state.origin, state.calls.clone())
    }

    fn lock(&self) -> MutexGuard<'_, LogState> {
        // A panicking test thread must not turn every later count into a second panic.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn end(&self, index: usize, outcome: Outcome) {
        let mut state = self.lock();
        let ended_at = state.origin.elapsed();
        let call = &mut state.calls[index];
        call.ended_at = Some(ended_at);
        call.outcome = outcome;
        state.in_flight -= 1;
    }
}

/// Marks one call in flight; see [`CallLog::begin`].
#[derive(Debug)]
#[must_use = "dropping the guard at once records the call as dropped"]
pub struct CallGuard {
    log: CallLog,
    index: usize,
    finished: bool,
}

impl CallGuard {
    /// How many calls (this one included) started within the last `window`, ending now.
    pub fn calls_within(&self, window: Duration) -> usize {
        let state = self.log.lock();
        let now = state.origin.elapsed();
        state
            .calls
            .iter()
            .filter(|call| now - call.started_at < window)
            .count()
    }

    /// Record that the call returned with `outcome` (anything but `InFlight`/`Dropped`).
    pub fn finish(mut self, outcome: Outcome) {
        debug_assert!(outcome.completed(), "{outcome:?} is not how a call returns");
        self.finished = true;
        self.log.end(self.index, outcome);
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        if !self.finished {
            self.log.end(self.index, Outcome::Dropped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[tokio::test(start_paused = true)]
    async fn counts_in_flight_and_outcomes() {
        let log = CallLog::new("test service");
        let first = log.begin(1);
        let second = log.begin(2);
        let third = log.begin(3);
        assert_eq!(log.stats().in_flight, 3);
        tokio::time::sleep(ms(10)).await;
        first.finish(Outcome::Succeeded);
        second.finish(Outcome::Failed);
        drop(third);
        let fourth = log.begin(4);

        let stats = log.stats();
        assert_eq!(stats.started, 4);
        assert_eq!(stats.in_flight, 1);
        assert_eq!(stats.max_in_flight, 3);
        assert_eq!((stats.succeeded, stats.failed, stats.dropped), (1, 1, 1));
        assert_eq!(stats.completed(), 2);
        assert_eq!(stats.calls[2].outcome, Outcome::Dropped);
        fourth.finish(Outcome::Rejected);
        assert_eq!(log.stats().rejected, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn records_start_and_end_on_tokio_time() {
        let log = CallLog::new("test service");
        tokio::time::sleep(ms(100)).await;
        let call = log.begin(7);
        tokio::time::sleep(ms(250)).await;
        call.finish(Outcome::Succeeded);

        let record = &log.stats().calls[0];
        assert_eq!(record.key, 7);
        assert_eq!(record.started_at, ms(100));
        assert_eq!(record.ended_at, Some(ms(350)));
    }

    #[tokio::test(start_paused = true)]
    async fn a_dropped_future_is_dropped_not_completed_nor_in_flight() {
        let log = CallLog::new("test service");
        let call = {
            let log = log.clone();
            async move {
                let guard = log.begin(1);
                tokio::time::sleep(ms(500)).await;
                guard.finish(Outcome::Succeeded);
            }
        };
        let timed_out = tokio::time::timeout(ms(100), call).await;
        assert!(timed_out.is_err());
        let stats = log.stats();
        assert_eq!(
            (stats.dropped, stats.completed(), stats.in_flight),
            (1, 0, 0)
        );
        assert_eq!(stats.calls[0].ended_at, Some(ms(100)));
        assert_eq!(stats.completed_calls().count(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn calls_dropped_at_once_were_never_in_flight() {
        // Twelve calls started and dropped on the spot, then three that did their work: a
        // sequential caller padding its counters with decoys.
        let log = CallLog::new("test service");
        for key in 0..12 {
            drop(log.begin(key));
        }
        for key in 12..15 {
            let guard = log.begin(key);
            tokio::time::sleep(ms(100)).await;
            guard.finish(Outcome::Succeeded);
        }
        let stats = log.stats();
        assert_eq!(
            (stats.started, stats.completed(), stats.dropped),
            (15, 3, 12)
        );
        assert_eq!(stats.max_in_flight, 1);
        assert_eq!(stats.max_completed_in_flight, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn dropped_calls_count_as_in_flight_while_they_ran_but_not_as_completed_overlap() {
        let log = CallLog::new("test service");
        let decoys: Vec<CallGuard> = (0..9).map(|key| log.begin(key)).collect();
        let real = log.begin(9);
        tokio::time::sleep(ms(50)).await;
        drop(decoys);
        tokio::time::sleep(ms(50)).await;
        real.finish(Outcome::Succeeded);
        let stats = log.stats();
        // The service bore ten calls at once for 50 ms...
        assert_eq!(stats.max_in_flight, 10);
        // ...but only one of them did any work.
        assert_eq!(stats.max_completed_in_flight, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_that_ends_as_another_starts_does_not_overlap_it() {
        let log = CallLog::new("test service");
        for key in 0..3 {
            let guard = log.begin(key);
            tokio::time::sleep(ms(100)).await;
            let next = log.begin(key + 10);
            guard.finish(Outcome::Succeeded);
            tokio::time::sleep(ms(100)).await;
            next.finish(Outcome::Succeeded);
        }
        let stats = log.stats();
        // `next` started before `guard` finished, at the same instant: overlap is measured on
        // the clock, so the order of the two lines within one instant does not matter.
        assert_eq!(stats.max_in_flight, 1);
        assert_eq!(stats.max_completed_in_flight, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_still_running_counts_as_in_flight() {
        let log = CallLog::new("test service");
        let running = log.begin(1);
        let stats = log.stats();
        assert_eq!((stats.max_in_flight, stats.max_completed_in_flight), (1, 0));
        running.finish(Outcome::Succeeded);
    }

    fn stats_with_starts(starts: &[u64]) -> CallStats {
        CallStats {
            service: "test service",
            started: starts.len(),
            in_flight: 0,
            max_in_flight: 1,
            max_completed_in_flight: 1,
            succeeded: starts.len(),
            failed: 0,
            rejected: 0,
            dropped: 0,
            calls: starts
                .iter()
                .map(|&start| CallRecord {
                    key: start,
                    started_at: ms(start),
                    ended_at: Some(ms(start)),
                    outcome: Outcome::Succeeded,
                    latency: None,
                })
                .collect(),
        }
    }

    #[test]
    fn busiest_window_slides_over_every_start() {
        // Fixed one-second buckets would see 2 + 2 calls; the window starting at 900 ms sees 4.
        let stats = stats_with_starts(&[0, 900, 950, 1000, 1100, 2500]);
        let peak = stats.busiest_window(ms(1000)).unwrap();
        assert_eq!(peak.calls, 4);
        assert_eq!((peak.first_start, peak.last_start), (ms(900), ms(1100)));
    }

    #[test]
    fn busiest_window_is_half_open() {
        // A call exactly one window after another belongs to the next window.
        let stats = stats_with_starts(&[0, 1000, 2000]);
        assert_eq!(stats.busiest_window(ms(1000)).unwrap().calls, 1);
        assert_eq!(stats.busiest_window(ms(1001)).unwrap().calls, 2);
    }

    #[test]
    fn busiest_window_counts_simultaneous_starts() {
        let stats = stats_with_starts(&[5, 5, 5]);
        assert_eq!(stats.busiest_window(ms(1)).unwrap().calls, 3);
        assert_eq!(stats_with_starts(&[]).busiest_window(ms(1)), None);
    }
}
