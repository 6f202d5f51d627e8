//! The clock witness: notices, at run time, code that moves tokio's paused clock by hand
//! (`tokio::time::advance`) instead of waiting on timers.
//!
//! On a paused clock, time only moves when every task waits: the runtime then jumps the clock
//! straight to the earliest timer's deadline. So a timer never fires late. The witness keeps
//! one timer of its own, re-armed every [`TICK`], and polls it next to the watched future (in
//! the same task: it spawns nothing, so task counts and scheduling stay as they were). When
//! its timer fires well after its deadline, the clock jumped past it while no timer was due:
//! something called `advance`. That fakes what a timing or rate check measures (a rate limiter
//! "paced" by `advance` never waits at all) and panics outside a paused test runtime.
//!
//! A jump smaller than [`TICK`] can slip between two of the witness's deadlines; `kit`'s
//! source policy catches every call to `advance` statically, this is the run-time second line.
//! On a clock that is not paused the witness stays silent: real timers do fire late.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::time::Duration;

use tokio::time::Instant;

use crate::grade::Failure;
use crate::msg;

/// How often the witness checks the clock, in simulated time. Ten milliseconds keep the cost
/// at a hundred wake-ups per simulated second.
pub const TICK: Duration = Duration::from_millis(10);

/// Lateness the timer wheel itself can cause: deadlines are rounded to whole milliseconds.
const ROUNDING: Duration = Duration::from_millis(1);

/// The clock moved past a deadline while no timer was due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockJump {
    /// When, since the witness started, the clock should have stopped for the witness's timer.
    pub at: Duration,
    /// How far past that deadline it went.
    pub by: Duration,
}

impl ClockJump {
    /// The teaching message for this jump.
    pub fn failure(&self) -> Failure {
        Failure::new(msg!(
            "harness-clock-jump-problem",
            by = self.by,
            at = self.at
        ))
        .why(msg!("harness-clock-jump-why"))
        .help(msg!("harness-clock-jump-help"))
    }

    /// The teaching message for this jump in English, as `measure` panics with it.
    pub fn explain(&self) -> String {
        self.failure().english()
    }
}

/// Whether tokio's clock is paused: it stands still while the real clock moves.
pub fn clock_is_paused() -> bool {
    let simulated = Instant::now();
    let real = std::time::Instant::now();
    // Long enough for any real clock to tick, short enough to cost nothing.
    while real.elapsed() < Duration::from_micros(20) {
        std::hint::spin_loop();
    }
    Instant::now() == simulated
}

/// Run `work` to completion while watching the clock; returns its output and the largest
/// jump seen, if any. On a clock that is not paused, nothing is watched.
pub async fn watch<F: Future>(work: F) -> (F::Output, Option<ClockJump>) {
    if !clock_is_paused() {
        return (work.await, None);
    }
    let origin = Instant::now();
    let mut deadline = origin + TICK;
    let mut timer = pin!(tokio::time::sleep_until(deadline));
    let mut work = pin!(work);
    let mut largest: Option<ClockJump> = None;
    let output = poll_fn(|cx| {
        // The clock may only have moved to a deadline, never past one: check before the work
        // runs and again after (the work itself may be what moved it).
        let mut check_clock = |timer: std::pin::Pin<&mut tokio::time::Sleep>| {
            let now = Instant::now();
            let late = now.saturating_duration_since(deadline);
            if late > ROUNDING && largest.is_none_or(|jump| late > jump.by) {
                largest = Some(ClockJump {
                    at: deadline - origin,
                    by: late,
                });
            }
            if now >= deadline {
                deadline = now + TICK;
                timer.reset(deadline);
            }
        };
        check_clock(timer.as_mut());
        let polled = work.as_mut().poll(cx);
        check_clock(timer.as_mut());
        if polled.is_pending() {
            // Only registers the waker: the timer exists to make the runtime stop at each
            // deadline, which is what lets a jump past one be told from a timer firing.
            let _ = timer.as_mut().poll(cx);
        }
        polled
    })
    .await;
    (output, largest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[tokio::test(start_paused = true)]
    async fn timers_alone_never_jump_the_clock() {
        let (_, jump) = watch(async {
            for step in [3, 250, 7, 1000, 1] {
                tokio::time::sleep(ms(step)).await;
            }
            tokio::time::timeout(ms(500), std::future::pending::<()>())
                .await
                .unwrap_err();
        })
        .await;
        assert_eq!(jump, None);
    }

    #[tokio::test(start_paused = true)]
    async fn an_advance_by_hand_is_seen_with_where_and_how_far() {
        let (_, jump) = watch(async {
            tokio::time::sleep(ms(100)).await;
            tokio::time::advance(ms(2000)).await;
            tokio::time::sleep(ms(100)).await;
        })
        .await;
        let jump = jump.expect("a 2 s advance is a jump");
        // The witness's deadline was 0.11 s (re-armed when the clock reached 0.1 s); the
        // clock went from 0.1 s straight to 2.1 s.
        assert_eq!((jump.at, jump.by), (ms(110), ms(1990)));
        let message = jump.explain();
        assert!(
            message.starts_with("the clock jumped 1.99 s past 0.11 s of simulated time"),
            "{message}"
        );
        assert!(message.contains("`tokio::time::advance`"), "{message}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_rate_limiter_paced_by_advance_is_seen() {
        // The shape of the attack on exercise 11: no timer at all, the clock pushed by hand.
        let (_, jump) = watch(async {
            for _ in 0..5 {
                tokio::time::advance(ms(2000)).await;
            }
        })
        .await;
        assert!(jump.is_some_and(|jump| jump.by >= ms(1990)), "{jump:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn the_witness_leaves_the_work_s_timing_exact() {
        let start = Instant::now();
        let (value, _) = watch(async {
            tokio::time::sleep(ms(1234)).await;
            "done"
        })
        .await;
        assert_eq!((value, start.elapsed()), ("done", ms(1234)));
    }

    #[tokio::test(start_paused = true)]
    async fn the_paused_clock_is_recognised() {
        assert!(clock_is_paused());
    }

    #[tokio::test]
    async fn a_running_clock_is_not_watched() {
        assert!(!clock_is_paused());
        let (_, jump) = watch(tokio::time::sleep(ms(30))).await;
        assert_eq!(jump, None);
    }
}
