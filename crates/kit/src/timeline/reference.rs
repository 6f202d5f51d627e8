//! The reference shape ("how correct code runs"): the panel's own calls, each taking the
//! latency its service was configured with, scheduled by a small simulation of the
//! [`Concurrency`] correct code has. Ten 0.5 s calls with no limit all start at zero; 1000
//! calls with ten in flight slide through a window of ten, the next starting the moment one
//! finishes; calls under a rate limit start as soon as the last window admits them. Nothing
//! here is hard-coded per exercise: the exercise's parameters (latencies, limit) are in the
//! record.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::Duration;

use super::{Call, Concurrency, Outcome, Panel};

/// The reference calls for `panel`, or `None` when its check names no concurrency or no call
/// has a known latency.
pub fn reference_calls(panel: &Panel) -> Option<Vec<Call>> {
    let concurrency = panel.reference?;
    // The work to schedule: every call, refused and dropped ones too (correct code would
    // have made them and let them finish), at the latency its service was configured with.
    let work: Vec<(&Call, Duration)> = panel
        .calls
        .iter()
        .filter_map(|call| Some((call, work_of(call)?)))
        .collect();
    if work.is_empty() {
        return None;
    }
    let latencies: Vec<Duration> = work.iter().map(|(_, latency)| *latency).collect();
    let starts = schedule(concurrency, &latencies);
    Some(
        work.iter()
            .zip(starts)
            .map(|((call, latency), start)| Call {
                service: call.service.clone(),
                key: call.key,
                start,
                end: Some(start + *latency),
                outcome: Outcome::Succeeded,
                latency: Some(*latency),
            })
            .collect(),
    )
}

/// How long `call` takes when nobody cuts it short: its configured latency, else the time it
/// took if it completed.
fn work_of(call: &Call) -> Option<Duration> {
    call.latency.or_else(|| {
        call.outcome
            .completed()
            .then(|| call.end.map(|end| end.saturating_sub(call.start)))
            .flatten()
    })
}

/// When each of the calls taking `latencies` starts, in order, under `concurrency`.
pub fn schedule(concurrency: Concurrency, latencies: &[Duration]) -> Vec<Duration> {
    match concurrency {
        Concurrency::Unbounded => vec![Duration::ZERO; latencies.len()],
        Concurrency::AtMost(in_flight) => {
            // When each of the `in_flight` slots is free again; a call takes the first free one.
            let mut free_at: BinaryHeap<Reverse<Duration>> =
                std::iter::repeat_n(Reverse(Duration::ZERO), in_flight.max(1)).collect();
            latencies
                .iter()
                .map(|&latency| {
                    let Reverse(start) = free_at.pop().expect("at least one slot");
                    free_at.push(Reverse(start + latency));
                    start
                })
                .collect()
        }
        Concurrency::RateLimited { calls, window } => {
            let calls = calls.max(1);
            let mut starts: Vec<Duration> = Vec::with_capacity(latencies.len());
            for index in 0..latencies.len() {
                let previous = starts.last().copied().unwrap_or_default();
                // A window is half-open: the call `calls` places back must be a whole window
                // earlier, or the window ending now would hold one call too many.
                let admitted = index
                    .checked_sub(calls)
                    .map_or(Duration::ZERO, |back| starts[back] + window);
                starts.push(previous.max(admitted));
            }
            starts
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::{call, ms, ten_users};

    fn secs(starts: &[Duration]) -> Vec<f64> {
        starts.iter().map(Duration::as_secs_f64).collect()
    }

    #[test]
    fn ten_calls_with_no_limit_all_start_at_once() {
        let reference = reference_calls(&ten_users(false)).unwrap();
        assert_eq!(reference.len(), 10);
        assert!(reference.iter().all(|c| c.start.is_zero()));
        assert!(reference.iter().all(|c| c.end == Some(ms(500))));
        assert_eq!(reference[3].key, 4);
    }

    #[test]
    fn a_limit_in_flight_slides_a_window() {
        // Exercise 10's latencies: runs of nine slow (0.3 s) and nine fast (0.1 s) requests.
        let latencies: Vec<Duration> = (0..1000)
            .map(|n| if (n / 9) % 2 == 0 { ms(300) } else { ms(100) })
            .collect();
        let starts = schedule(Concurrency::AtMost(10), &latencies);
        let end = starts
            .iter()
            .zip(&latencies)
            .map(|(start, latency)| *start + *latency)
            .max()
            .unwrap();
        // A window that slides: about the total work shared by ten (20.08 s), far from the
        // 30 s fixed batches of ten take.
        assert!(end >= ms(20_080) && end <= ms(20_200), "{end:?}");
        assert!(starts[..10].iter().all(|s| s.is_zero()));
        // The eleventh starts the moment the first call to finish (a 0.1 s one) is done.
        assert_eq!(starts[10], ms(100));
    }

    #[test]
    fn a_rate_limit_starts_each_call_as_soon_as_its_window_admits_it() {
        let starts = schedule(
            Concurrency::RateLimited {
                calls: 30,
                window: ms(60_000),
            },
            &[ms(500); 90],
        );
        assert_eq!(secs(&starts[..1]), [0.0]);
        assert_eq!(
            secs(&[starts[29], starts[30], starts[60], starts[89]]),
            [0.0, 60.0, 120.0, 120.0]
        );
        let two_per_second = schedule(
            Concurrency::RateLimited {
                calls: 2,
                window: ms(1000),
            },
            &[ms(10); 5],
        );
        assert_eq!(secs(&two_per_second), [0.0, 0.0, 1.0, 1.0, 2.0]);
    }

    #[test]
    fn refused_and_dropped_calls_are_scheduled_at_their_configured_latency() {
        let mut panel = ten_users(false);
        panel.calls[0].outcome = Outcome::Rejected;
        panel.calls[0].end = Some(ms(10));
        panel.calls[1].outcome = Outcome::Dropped;
        panel.calls[1].end = Some(ms(520));
        let reference = reference_calls(&panel).unwrap();
        assert_eq!(reference[0].end, Some(ms(500)));
        assert_eq!(reference[1].end, Some(ms(500)));
        assert!(reference.iter().all(|c| c.outcome == Outcome::Succeeded));
    }

    #[test]
    fn without_a_concurrency_or_a_latency_there_is_no_reference() {
        let mut panel = ten_users(false);
        panel.reference = None;
        assert_eq!(reference_calls(&panel), None);

        let mut unknown = ten_users(false);
        unknown.calls = vec![Call {
            latency: None,
            outcome: Outcome::Dropped,
            ..call("svc", 1, 0, 40)
        }];
        assert_eq!(reference_calls(&unknown), None);
        // A completed call without a configured latency takes what it took.
        unknown.calls[0].outcome = Outcome::Succeeded;
        assert_eq!(reference_calls(&unknown).unwrap()[0].end, Some(ms(40)));
    }
}
