//! Grading tests for exercise 07: the user comes back, both replicas are asked at once, the
//! answer arrives at the faster replica's latency (tokio's paused clock), and the slower
//! request is cancelled, not left running (the replicas' cancellation counters).

use std::time::Duration;

use exercise_07::fetch_from_fastest_replica;
use kit_harness::{CallStats, Exercise, Failure, Message, UserApi, measure, msg};

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

fn started(stats: &CallStats) -> Message {
    stats
        .calls
        .first()
        .map_or(msg!("exercise-07-first-request-never"), |call| {
            msg!("exercise-07-first-request-at", at = call.started_at)
        })
}

#[kit_harness::check(start_paused = true)]
async fn returns_the_user() {
    for (latency_a, latency_b) in [(FAST, SLOW), (SLOW, FAST)] {
        let (a, b) = replicas(latency_a, latency_b);
        let user = fetch_from_fastest_replica(&a, &b, 7).await;
        EXERCISE.ensure(user.as_ref().is_ok_and(|user| user.id == 7), || {
            Failure::new(msg!(
                "exercise-07-returns-the-user-problem",
                user = format!("{:?}", user)
            ))
            .help(msg!("exercise-07-returns-the-user-help"))
        });
        let answered = a.stats().completed() + b.stats().completed();
        EXERCISE.ensure(answered >= 1, || {
            Failure::new(msg!("exercise-07-returns-the-user-problem-2"))
                .help(msg!("exercise-07-returns-the-user-help-2"))
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
        Failure::new(msg!(
            "exercise-07-both-replicas-are-asked-at-once-problem",
            asked_a = stats_a.started,
            first_a = started(&stats_a),
            asked_b = stats_b.started,
            first_b = started(&stats_b)
        ))
        .why(msg!("exercise-07-both-replicas-are-asked-at-once-why"))
        .help(msg!("exercise-07-both-replicas-are-asked-at-once-help"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn answers_at_the_faster_replicas_latency() {
    // Replica B is the fast one: code that always prefers A, or waits for both, is too slow.
    let (a, b) = replicas(SLOW, FAST);
    let run = measure(fetch_from_fastest_replica(&a, &b, 7)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-07-answers-at-the-faster-replicas-latency-what"),
            run.elapsed,
        )
        .between(FAST, FAST + Duration::from_millis(20))
        .too_slow_means(msg!(
            "exercise-07-answers-at-the-faster-replicas-latency-too-slow"
        ))
        .help(msg!(
            "exercise-07-answers-at-the-faster-replicas-latency-help"
        ))
        .check();
    // The time counts only for a run that did the work: a 0.2 s sleep would match it.
    EXERCISE.ensure(run.value.as_ref().is_ok_and(|user| user.id == 7), || {
        Failure::new(msg!(
            "exercise-07-returns-the-user-problem",
            user = format!("{:?}", run.value)
        ))
        .help(msg!("exercise-07-returns-the-user-help"))
    });
    EXERCISE.ensure(b.stats().completed() == 1, || {
        Failure::new(msg!("exercise-07-returns-the-user-problem-2"))
            .help(msg!("exercise-07-returns-the-user-help-2"))
    });
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
        Failure::new(msg!(
            "exercise-07-the-slower-request-is-cancelled-problem",
            slow_cancelled = slow.dropped,
            slow_completed = slow.completed(),
            fast_succeeded = fast.succeeded,
        ))
        .why(msg!("exercise-07-the-slower-request-is-cancelled-why"))
        .help(msg!("exercise-07-the-slower-request-is-cancelled-help"))
    });
}
