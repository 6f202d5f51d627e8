//! Virtual-time measurement. Exercise tests run on tokio's paused clock
//! (`#[tokio::test(start_paused = true)]`): time stands still while any task can run and jumps
//! straight to the next timer when every task waits, so "ten 500 ms calls took 500 ms" is exact,
//! instant and the same on every machine.
//!
//! The catch: a blocking call (`std::thread::sleep`, a synchronous HTTP client) does not move
//! the paused clock, and neither does skipping the work, so such code looks instantly fast.
//! That is why every timing check in [`crate::grade`] has a lower bound as well. Code that moves
//! the paused clock by hand (`tokio::time::advance`) fakes the other way round; [`measure`]
//! watches for it with the [`clock_witness`](crate::clock_witness).

use std::future::IntoFuture;
use std::time::Duration;

use tokio::time::Instant;

use crate::clock_witness::watch;

/// What a measured future returned and how long it took on tokio's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured<T> {
    /// The future's output.
    pub value: T,
    /// Time that passed on tokio's clock (simulated time when the clock is paused).
    pub elapsed: Duration,
}

/// Run `work` to completion and measure how long it took on tokio's clock.
///
/// On a paused clock the measurement is watched by the
/// [`clock_witness`](crate::clock_witness): if the clock jumped while no timer was due
/// (someone called `tokio::time::advance`), the figure means nothing and `measure` panics with
/// a message that says so. Tests therefore never move the clock by hand inside `measure`.
///
/// ```
/// # use std::time::Duration;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// let run = kit_harness::time::measure(tokio::time::sleep(Duration::from_secs(5))).await;
/// assert_eq!(run.elapsed, Duration::from_secs(5)); // exact, and instant in real time
/// # }
/// ```
#[track_caller]
pub fn measure<F: IntoFuture>(work: F) -> impl Future<Output = Measured<F::Output>> {
    // Not an `async fn`: `#[track_caller]` must see the caller to name the test's line when the
    // clock was moved by hand.
    let caller = std::panic::Location::caller();
    async move {
        let start = Instant::now();
        let (value, jump) = watch(work.into_future()).await;
        if let Some(jump) = jump {
            let rendered = format!("{}\n  (measured at {caller})", jump.explain());
            jump.failure().fail_unattributed(rendered, caller);
        }
        let elapsed = start.elapsed();
        crate::timeline::note_measurement(crate::timeline::Measurement { start, elapsed });
        Measured { value, elapsed }
    }
}

/// A moment between `at_least` and `at_most` (whole milliseconds), drawn anew for every call.
/// A test whose events happen at a fixed moment can be passed by code that waits for that
/// moment instead of for the event; a moment drawn at random cannot be known in advance.
///
/// # Panics
/// When `at_most` is before `at_least`.
pub fn unpredictable_moment(at_least: Duration, at_most: Duration) -> Duration {
    let (from, to) = (at_least.as_millis() as u64, at_most.as_millis() as u64);
    assert!(from <= to, "authoring error: an empty range of moments");
    let draw =
        crate::services::unpredictable::nth(crate::services::unpredictable::random_seed(), 0);
    Duration::from_millis(from + draw % (to - from + 1))
}

/// Format a duration for a learner: seconds with one to three decimals (`5.0 s`, `0.5 s`,
/// `0.25 s`), so measured and expected figures read the same way in every message.
pub fn format_duration(duration: Duration) -> String {
    let millis = duration.as_secs_f64() * 1000.0;
    let rounded = (millis.round() / 1000.0).to_string();
    if rounded.contains('.') {
        format!("{rounded} s")
    } else {
        format!("{rounded}.0 s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpredictable_moments_stay_in_their_range_and_differ() {
        let (from, to) = (Duration::from_secs(5), Duration::from_secs(9));
        let moments: Vec<Duration> = (0..20).map(|_| unpredictable_moment(from, to)).collect();
        assert!(
            moments.iter().all(|m| (from..=to).contains(m)),
            "{moments:?}"
        );
        assert!(moments.iter().any(|m| *m != moments[0]), "{moments:?}");
        assert_eq!(unpredictable_moment(from, from), from);
    }

    #[test]
    fn formats_seconds_with_one_to_three_decimals() {
        let cases = [
            (5000, "5.0 s"),
            (500, "0.5 s"),
            (250, "0.25 s"),
            (1234, "1.234 s"),
            (0, "0.0 s"),
            (60_000, "60.0 s"),
        ];
        for (millis, expected) in cases {
            assert_eq!(format_duration(Duration::from_millis(millis)), expected);
        }
        assert_eq!(format_duration(Duration::from_micros(1_499)), "0.001 s");
    }

    #[tokio::test(start_paused = true)]
    async fn measures_simulated_time_exactly() {
        let run = measure(async {
            tokio::time::sleep(Duration::from_millis(300)).await;
            tokio::time::sleep(Duration::from_millis(200)).await;
            "done"
        })
        .await;
        assert_eq!(run.value, "done");
        assert_eq!(run.elapsed, Duration::from_millis(500));
    }

    #[tokio::test(start_paused = true)]
    #[should_panic(expected = "by hand (`tokio::time::advance`)")]
    async fn a_measurement_on_a_clock_moved_by_hand_fails() {
        let _ = measure(tokio::time::advance(Duration::from_secs(2))).await;
    }

    #[tokio::test(start_paused = true)]
    async fn a_blocking_sleep_does_not_move_the_paused_clock() {
        // The reason every timing check needs a lower bound.
        let run = measure(async { std::thread::sleep(Duration::from_millis(20)) }).await;
        assert_eq!(run.elapsed, Duration::ZERO);
    }
}
