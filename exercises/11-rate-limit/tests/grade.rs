//! Grading tests for exercise 11: the nightly job scores all 90 users, no call is refused, no
//! sliding 60 s window holds more than 30 call starts (the endpoint's start times), and the
//! job takes no longer than the limit requires (tokio's paused clock, both bounds). The
//! prompts are the test's own, passed in, and every check requires that the calls were made
//! and completed. Every run is measured, so a job that paces itself by moving the paused clock
//! by hand (`tokio::time::advance`) fails instead of looking punctual.

use std::time::Duration;

use exercise_11::nightly_job;
use kit_harness::{
    Concurrency, Exercise, Failure, LlmEndpoint, Measured, RateLimit, ServiceError, measure, msg,
};

const EXERCISE: Exercise = Exercise::new("exercise-11");
const USERS: u32 = 90;
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

/// The prompts scoring users `ids`, in order.
fn prompts(ids: impl Iterator<Item = u32>) -> Vec<String> {
    ids.map(|id| format!("friendship score of user {id}"))
        .collect()
}

/// Run the nightly job over users 1 to 90, measured (which also watches the clock).
async fn run_job(llm: &LlmEndpoint) -> Measured<Vec<Result<String, ServiceError>>> {
    let prompts = prompts(1..=USERS);
    measure(nightly_job(llm, &prompts)).await
}

#[kit_harness::check(start_paused = true)]
async fn scores_every_user_in_order() {
    // Users the job has never seen: it scores what it is given.
    let prompts = prompts(101..=160);
    let llm = endpoint();
    let answers = measure(nightly_job(&llm, &prompts)).await.value;
    let expected: Vec<String> = prompts
        .iter()
        .map(|prompt| format!("summary of {prompt}"))
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
            let problem = match first_error {
                None => msg!(
                    "exercise-11-scores-every-user-in-order-problem",
                    scored = scored,
                    users = expected.len(),
                    answers = answers.len(),
                ),
                Some(error) => msg!(
                    "exercise-11-scores-every-user-in-order-problem-failure",
                    scored = scored,
                    users = expected.len(),
                    answers = answers.len(),
                    error = error.to_string(),
                ),
            };
            Failure::new(problem)
                .why(msg!("exercise-11-scores-every-user-in-order-why"))
                .help(msg!("exercise-11-pace-help"))
        },
    );
    EXERCISE.assert_calls(
        &llm.stats(),
        expected.len(),
        msg!("exercise-11-scores-every-user-in-order-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn no_call_is_refused() {
    let llm = endpoint();
    let _ = run_job(&llm).await;
    let stats = llm.stats();
    EXERCISE.ensure(stats.rejected == 0, || {
        Failure::new(msg!(
            "exercise-11-no-call-is-refused-problem",
            rejected = stats.rejected,
            started = stats.started
        ))
        .why(msg!("exercise-11-no-call-is-refused-why"))
        .help(msg!("exercise-11-pace-help"))
    });
    EXERCISE.assert_calls(
        &stats,
        USERS as usize,
        msg!("exercise-11-no-call-is-refused-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn at_most_thirty_calls_in_any_minute() {
    let llm = endpoint();
    let _ = run_job(&llm).await;
    let stats = llm.stats();
    EXERCISE.assert_calls(
        &stats,
        USERS as usize,
        msg!("exercise-11-at-most-thirty-calls-in-any-minute-help"),
    );
    EXERCISE.assert_rate_limit(&stats, LIMIT, msg!("exercise-11-pace-help"));
}

#[kit_harness::check(start_paused = true)]
async fn the_job_takes_as_long_as_the_limit_requires() {
    let llm = endpoint();
    let run = run_job(&llm).await;
    EXERCISE.assert_calls(
        &llm.stats(),
        USERS as usize,
        msg!("exercise-11-the-job-takes-as-long-as-the-limit-requires-help"),
    );
    EXERCISE
        .elapsed(
            msg!("exercise-11-the-job-takes-as-long-as-the-limit-requires-what"),
            run.elapsed,
        )
        .between(FASTEST_ALLOWED, EVENLY_PACED)
        .reference(Concurrency::RateLimited(LIMIT))
        // Here a run faster than the bound does not mean blocked or skipped work (the
        // harness's generic diagnosis) but calls started too close: a message of its own.
        .too_fast_failure(
            Failure::new(msg!(
                "exercise-11-the-job-takes-as-long-as-the-limit-requires-problem",
                elapsed = run.elapsed
            ))
            .why(msg!(
                "exercise-11-the-job-takes-as-long-as-the-limit-requires-why"
            ))
            .help(msg!("exercise-11-pace-help")),
        )
        .too_slow_means(msg!(
            "exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow"
        ))
        .help(msg!("exercise-11-pace-help"))
        .check();
}
