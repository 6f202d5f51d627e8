//! Grading tests for exercise 07: the user comes back, both replicas are asked at once, the
//! answer arrives at the faster replica's latency (tokio's paused clock), and the slower
//! request is cancelled, not left running (the replicas' cancellation counters).

use std::time::Duration;

use exercise_07::fetch_from_fastest_replica;
use kit_harness::{CallStats, Exercise, Failure, UserApi, format_duration, measure};

const EXERCISE: Exercise = Exercise::new("exercise-07");
const FAST: Duration = Duration::from_millis(200);
const SLOW: Duration = Duration::from_millis(800);

/// Both replicas, created together so their call times count from the same moment.
fn replicas(latency_a: Duration, latency_b: Duration) -> (UserApi, UserApi) {
    (
        UserApi::new().with_latency(latency_a),
        UserApi::new().with_latency(latency_b),
    )
}

fn started(stats: &CallStats) -> String {
    stats.calls.first().map_or("never".to_owned(), |call| {
        format!("at {}", format_duration(call.started_at))
    })
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_user() {
    for (latency_a, latency_b) in [(FAST, SLOW), (SLOW, FAST)] {
        let (a, b) = replicas(latency_a, latency_b);
        let user = fetch_from_fastest_replica(&a, &b, 7).await;
        EXERCISE.ensure(user.as_ref().is_ok_and(|user| user.id == 7), || {
            Failure::new(format!("expected user 7, got {user:?}"))
                .help("return the answer of the replica that answered first")
        });
        let answered = a.stats().completed() + b.stats().completed();
        EXERCISE.ensure(answered >= 1, || {
            Failure::new("neither replica completed a request, yet a user was returned")
                .help("return the answer a replica gave")
        });
    }
}

#[kit_harness::check(start_paused = true)]
async fn both_replicas_are_asked_at_once() {
    let (a, b) = replicas(SLOW, FAST);
    let _ = fetch_from_fastest_replica(&a, &b, 7).await;
    let (stats_a, stats_b) = (a.stats(), b.stats());
    let both_at_zero = [&stats_a, &stats_b]
        .iter()
        .all(|stats| stats.started == 1 && stats.calls[0].started_at == Duration::ZERO);
    EXERCISE.ensure(both_at_zero, || {
        Failure::new(format!(
            "replica A was asked {} time(s), first {}; replica B {} time(s), first {}: \
             expected one request to each, both at 0.0 s",
            stats_a.started,
            started(&stats_a),
            stats_b.started,
            started(&stats_b)
        ))
        .why("a race only helps if both runners start together: asking one replica after the other waits for both")
        .help("poll both request futures together in one `tokio::select!`")
    });
}

#[kit_harness::check(start_paused = true)]
async fn answers_at_the_faster_replicas_latency() {
    // Replica B is the fast one: code that always prefers A, or waits for both, is too slow.
    let (a, b) = replicas(SLOW, FAST);
    let run = measure(fetch_from_fastest_replica(&a, &b, 7)).await;
    EXERCISE
        .elapsed("fetching from two replicas (0.8 s and 0.2 s)", run.elapsed)
        .between(FAST, FAST + Duration::from_millis(20))
        .too_slow_means("the caller waited for the slower replica too")
        .help(
            "`tokio::select!` over both requests completes as soon as the first one does: \
             0.2 s here",
        )
        .check();
}

#[kit_harness::check(start_paused = true)]
async fn the_slower_request_is_cancelled() {
    let (a, b) = replicas(SLOW, FAST);
    let _ = fetch_from_fastest_replica(&a, &b, 7).await;
    // Give a loser that is still running time to finish: what has not been cancelled by now
    // ran to the end.
    tokio::time::sleep(2 * SLOW).await;
    let (slow, fast) = (a.stats(), b.stats());
    EXERCISE.ensure(slow.dropped == 1 && fast.succeeded == 1, || {
        Failure::new(format!(
            "the slower replica's request was {}; the faster one's {}",
            if slow.dropped == 1 {
                "cancelled".to_owned()
            } else {
                format!("not cancelled ({} ran to the end)", slow.completed())
            },
            if fast.succeeded == 1 {
                "succeeded"
            } else {
                "did not succeed"
            }
        ))
        .why(
            "a request whose answer nobody needs still holds a connection and still loads the \
             replica: racing without cancelling doubles the load for nothing",
        )
        .help(
            "`tokio::select!` drops the futures of the branches that lost, which cancels \
             them; spawned tasks are not cancelled by dropping their JoinHandle (abort them)",
        )
    });
}
