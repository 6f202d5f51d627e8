//! Grading tests for exercise 11: the nightly job scores all 90 users, no call is refused, no
//! sliding 60 s window holds more than 30 call starts (the endpoint's start times), and the
//! job takes no longer than the limit requires (tokio's paused clock, both bounds).

use std::time::Duration;

use exercise_11::{USERS, nightly_job, prompt_for};
use kit_harness::{Exercise, Failure, LlmEndpoint, RateLimit, format_duration, measure};

const EXERCISE: Exercise = Exercise::new("exercise-11");
const LIMIT: RateLimit = RateLimit::per(30, Duration::from_secs(60));
const LATENCY: Duration = Duration::from_millis(500);
/// The fastest schedule the limit allows: 30 calls at 0 s, 30 at 60 s, 30 at 120 s, and the
/// last ones take 0.5 s.
const FASTEST_ALLOWED: Duration = Duration::from_millis(120_500);
/// One call every 2 s: the last of 90 starts at 178 s and ends at 178.5 s. Anything slower
/// spaces the calls more than the limit requires.
const EVENLY_PACED: Duration = Duration::from_secs(180);

fn endpoint() -> LlmEndpoint {
    LlmEndpoint::new(LIMIT).with_latency(LATENCY)
}

const PACE_HELP: &str = "start one call every 2 s (`tokio::time::interval`), measuring from one \
                         call's start to the next, not from its end";

#[kit_harness::check(start_paused = true)]
async fn scores_every_user_in_order() {
    let answers = nightly_job(&endpoint()).await;
    let expected: Vec<String> = (1..=USERS)
        .map(|id| format!("summary of {}", prompt_for(id)))
        .collect();
    let scored = answers
        .iter()
        .zip(&expected)
        .filter(|(answer, expected)| answer.as_ref().ok() == Some(*expected))
        .count();
    EXERCISE.ensure(
        answers.len() == expected.len() && scored == expected.len(),
        || {
            let first_error = answers.iter().find_map(|answer| answer.as_ref().err());
            let mut problem = format!(
                "{scored} of {USERS} users got their score ({} answers returned)",
                answers.len()
            );
            if let Some(error) = first_error {
                problem.push_str(&format!("; the first failure: {error}"));
            }
            Failure::new(problem)
                .why("a refused call is a user without a score: the nightly job did not do its job")
                .help(PACE_HELP)
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn no_call_is_refused() {
    let llm = endpoint();
    let _ = nightly_job(&llm).await;
    let stats = llm.stats();
    EXERCISE.ensure(stats.rejected == 0, || {
        Failure::new(format!(
            "the LLM endpoint refused {} of {} calls for going over 30 calls per minute",
            stats.rejected, stats.total
        ))
        .why("the endpoint answers a call over its limit with an error (HTTP 429), not a score")
        .help(PACE_HELP)
    });
    EXERCISE.assert_calls(
        &stats,
        USERS as usize,
        "call the endpoint once per user, and pace the calls rather than retrying refused ones",
    );
}

#[kit_harness::check(start_paused = true)]
async fn at_most_thirty_calls_in_any_minute() {
    let llm = endpoint();
    let _ = nightly_job(&llm).await;
    EXERCISE.assert_rate_limit(&llm.stats(), LIMIT, PACE_HELP);
}

#[kit_harness::check(start_paused = true)]
async fn the_job_takes_as_long_as_the_limit_requires() {
    let llm = endpoint();
    let run = measure(nightly_job(&llm)).await;
    // Checked first, with its own message: here a run faster than the bound does not mean
    // blocked or skipped work (the harness's generic diagnosis) but calls started too close.
    EXERCISE.ensure(run.elapsed >= FASTEST_ALLOWED, || {
        Failure::new(format!(
            "the nightly job took only {} of simulated time: its calls started too close together",
            format_duration(run.elapsed)
        ))
        .why(
            "at 30 calls per minute, the last of 90 calls cannot start before 120 s; calls \
             started sooner are refused by the endpoint",
        )
        .help(PACE_HELP)
    });
    EXERCISE
        .elapsed("the nightly job", run.elapsed)
        .between(FASTEST_ALLOWED, EVENLY_PACED)
        .too_slow_means(
            "the calls were spaced more than the limit requires; 90 calls at 30 per minute \
             finish in 3 minutes (sleeping 2 s after each 0.5 s call spaces them 2.5 s apart)",
        )
        .help(PACE_HELP)
        .check();
}
