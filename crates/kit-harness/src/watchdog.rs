//! The stall watchdog: proof that nothing blocked the runtime, the analogue of asyncio's debug
//! mode warning about slow callbacks.
//!
//! A helper OS thread rings a bell every `tick` of REAL time; a ticker task on the runtime
//! under test answers it. When code blocks the runtime (`std::thread::sleep`, a synchronous
//! read, a long computation between two `.await`s), the ticker cannot run, and the time from
//! the first unanswered ring to the answer, on the real clock, is how long the runtime was
//! stalled. The report keeps the longest stall.
//!
//! Rules for tests that use it:
//! - Run on a `current_thread` runtime (`#[tokio::test]` is one by default): on a multi-thread
//!   runtime the ticker would run on another worker and a blocked worker would go unnoticed.
//!   [`StallWatchdog::start`] refuses any other flavor.
//! - Use generous margins, since the real clock is noisy on a loaded machine: a 300 ms blocking
//!   call against a 100 ms threshold, never 20 ms against 10 ms.
//!
//! On a paused clock (`start_paused = true`) it works unchanged, by design:
//! - The ticker waits on a notification from the thread, never on a tokio timer and never by
//!   yielding. A ticker that only yielded would keep the runtime busy forever and stop
//!   auto-advance: the code under test would never see its timers fire. A ticker sleeping on
//!   tokio time would let auto-advance continue, but it would be falsely "stalled" whenever the
//!   clock is held still, which tokio does while a `spawn_blocking` task runs: exactly the
//!   moment a correct solution offloads its blocking call.
//! - So the ticker holds no timer: simulated time jumps exactly as without the watchdog, and a
//!   well-behaved run that takes no real time answers every ring at once. A blocking call freezes
//!   both the runtime and the paused clock, and the ring goes unanswered for its full real
//!   duration.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant as RealInstant};

use tokio::runtime::{Handle, RuntimeFlavor};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::time::format_duration;

/// What the watchdog saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StallReport {
    /// The longest time, on the real clock, that a ring went unanswered because the runtime
    /// could not run the ticker.
    pub longest_stall: Duration,
    /// How many rings the ticker answered.
    pub ticks: u64,
    /// The real-time interval between rings.
    pub tick: Duration,
}

impl StallReport {
    /// Whether the runtime was ever stalled for `threshold` or longer.
    pub fn stalled_for(&self, threshold: Duration) -> bool {
        self.longest_stall >= threshold
    }
}

impl std::fmt::Display for StallReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "longest stall {} over {} ticks of {}",
            format_duration(self.longest_stall),
            self.ticks,
            format_duration(self.tick)
        )
    }
}

#[derive(Debug, Default)]
struct TickerState {
    /// When the oldest ring the ticker has not answered yet was rung.
    unanswered_since: Option<RealInstant>,
    longest_stall: Duration,
    ticks: u64,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<TickerState>,
    bell: Notify,
    stopped: AtomicBool,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, TickerState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running watchdog; see the module docs. Stops its ticker and its thread when dropped.
///
/// ```
/// # use std::time::Duration;
/// # use kit_harness::watchdog::StallWatchdog;
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let watchdog = StallWatchdog::start();
/// tokio::time::sleep(Duration::from_millis(50)).await; // waits without blocking
/// let report = watchdog.stop();
/// assert!(!report.stalled_for(Duration::from_millis(100)));
/// # }
/// ```
#[derive(Debug)]
pub struct StallWatchdog {
    shared: Arc<Shared>,
    ticker: JoinHandle<()>,
    tick: Duration,
}

impl StallWatchdog {
    /// The ring interval [`start`](Self::start) uses: 10 ms of real time.
    pub const DEFAULT_TICK: Duration = Duration::from_millis(10);

    /// Start watching the current runtime, ringing every [`DEFAULT_TICK`](Self::DEFAULT_TICK).
    ///
    /// # Panics
    /// Outside a tokio runtime, or on a runtime that is not `current_thread`.
    #[track_caller]
    pub fn start() -> Self {
        Self::with_tick(Self::DEFAULT_TICK)
    }

    /// Start watching, ringing every `tick` of real time. The tick is the resolution of the
    /// measurement; keep it well under the threshold you check.
    ///
    /// # Panics
    /// Outside a tokio runtime, or on a runtime that is not `current_thread`.
    #[track_caller]
    pub fn with_tick(tick: Duration) -> Self {
        let flavor = Handle::try_current()
            .expect("the stall watchdog must start inside the tokio runtime it watches")
            .runtime_flavor();
        assert!(
            flavor == RuntimeFlavor::CurrentThread,
            "the stall watchdog needs a current_thread runtime, found {flavor:?}: on other \
             flavors a blocked worker hides behind the others\nhelp: use `#[tokio::test]` \
             without `flavor = \"multi_thread\"`"
        );
        let shared = Arc::new(Shared::default());
        let ticker = tokio::spawn(answer_rings(Arc::clone(&shared)));
        let bell_ringer = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("stall-watchdog".into())
            .spawn(move || ring_every(tick, &bell_ringer))
            .expect("the stall watchdog could not start its thread");
        Self {
            shared,
            ticker,
            tick,
        }
    }

    /// What the watchdog has seen so far, counting a ring still unanswered now (so a blocking
    /// call just before this one is not missed).
    pub fn report(&self) -> StallReport {
        let state = self.shared.lock();
        let pending = state
            .unanswered_since
            .map_or(Duration::ZERO, |since| since.elapsed());
        StallReport {
            longest_stall: state.longest_stall.max(pending),
            ticks: state.ticks,
            tick: self.tick,
        }
    }

    /// Stop watching and return the final report.
    pub fn stop(self) -> StallReport {
        self.report()
    }
}

impl Drop for StallWatchdog {
    fn drop(&mut self) {
        self.shared.stopped.store(true, Ordering::Relaxed);
        self.ticker.abort();
    }
}

fn ring_every(tick: Duration, shared: &Shared) {
    while !shared.stopped.load(Ordering::Relaxed) {
        std::thread::sleep(tick);
        shared
            .lock()
            .unanswered_since
            .get_or_insert_with(RealInstant::now);
        shared.bell.notify_one();
    }
}

async fn answer_rings(shared: Arc<Shared>) {
    loop {
        shared.bell.notified().await;
        let mut state = shared.lock();
        if let Some(since) = state.unanswered_since.take() {
            state.longest_stall = state.longest_stall.max(since.elapsed());
            state.ticks += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    //! These tests use the real clock on purpose (it is what the watchdog measures), with the
    //! generous margins the module docs ask for.

    use super::*;

    const THRESHOLD: Duration = Duration::from_millis(100);
    const BLOCKING: Duration = Duration::from_millis(300);

    async fn blocking_handler() {
        tokio::time::sleep(Duration::from_millis(30)).await;
        std::thread::sleep(BLOCKING);
        tokio::time::sleep(Duration::from_millis(30)).await;
    }

    async fn well_behaved_handler() {
        for _ in 0..5 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    #[tokio::test]
    async fn detects_a_blocking_call_in_a_spawned_task() {
        let watchdog = StallWatchdog::start();
        tokio::spawn(blocking_handler()).await.unwrap();
        let report = watchdog.stop();
        // Not `>= BLOCKING - tick`: on a loaded machine the ringing thread itself may wake
        // late, which shortens the measured stall. The threshold leaves room for that.
        assert!(report.stalled_for(THRESHOLD), "{report}");
    }

    #[tokio::test]
    async fn does_not_flag_a_task_that_only_awaits() {
        let watchdog = StallWatchdog::start();
        tokio::spawn(well_behaved_handler()).await.unwrap();
        let report = watchdog.stop();
        assert!(!report.stalled_for(THRESHOLD), "{report}");
        assert!(report.ticks >= 5, "the ticker did not run: {report}");
    }

    #[tokio::test(start_paused = true)]
    async fn detects_blocking_on_a_paused_clock() {
        let watchdog = StallWatchdog::start();
        blocking_handler().await;
        let report = watchdog.stop();
        assert!(report.stalled_for(THRESHOLD), "{report}");
    }

    #[tokio::test(start_paused = true)]
    async fn lets_a_paused_clock_auto_advance() {
        // Ten simulated minutes pass exactly as without the watchdog: it holds no timer.
        let watchdog = StallWatchdog::start();
        let run = crate::time::measure(tokio::time::sleep(Duration::from_secs(600))).await;
        let report = watchdog.stop();
        assert_eq!(run.elapsed, Duration::from_secs(600));
        assert!(!report.stalled_for(THRESHOLD), "{report}");
    }

    #[tokio::test(start_paused = true)]
    async fn does_not_flag_blocking_moved_to_spawn_blocking() {
        // tokio holds a paused clock still while a blocking task runs; the runtime itself
        // stays free, and the watchdog must see that.
        let watchdog = StallWatchdog::start();
        tokio::task::spawn_blocking(|| std::thread::sleep(BLOCKING))
            .await
            .unwrap();
        let report = watchdog.stop();
        assert!(!report.stalled_for(THRESHOLD), "{report}");
        assert!(report.ticks >= 5, "the ticker did not run: {report}");
    }

    #[tokio::test]
    async fn counts_blocking_just_before_the_report() {
        let watchdog = StallWatchdog::start();
        std::thread::sleep(BLOCKING);
        assert!(watchdog.stop().stalled_for(THRESHOLD));
    }

    #[test]
    fn refuses_a_multi_thread_runtime() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let refused = runtime.block_on(async {
            tokio::spawn(async { std::panic::catch_unwind(StallWatchdog::start).is_err() })
                .await
                .unwrap()
        });
        assert!(refused);
    }
}
