//! Exercise 11, solved: calls start on a fixed 2 s beat, 30 per minute, none refused.

use std::time::Duration;

use kit_harness::{LlmEndpoint, ServiceError};
use tokio::time::{Instant, MissedTickBehavior};

/// 30 calls per minute is one call every 2 s.
const CALL_SPACING: Duration = Duration::from_secs(2);

/// Score every prompt (one per user) with `llm`, which refuses more than 30 calls in any
/// 60 s, and return each answer in the order of `prompts`.
pub async fn nightly_job(
    llm: &LlmEndpoint,
    prompts: &[String],
) -> Vec<Result<String, ServiceError>> {
    // An interval ticks at fixed points in time (0 s, 2 s, 4 s, ...), however long the work
    // between two ticks took. Starting one call per tick puts exactly 30 starts in any 60 s
    // window, so the endpoint never refuses a call.
    //
    // The seed sleeps 2 s AFTER each call instead ("7.2 Xử lý Nightly Job với Rate
    // Limiting"): the spacing then becomes the call's latency plus 2 s, and the job takes
    // longer than the limit requires. A tick measures the spacing from one START to the next,
    // which is what a rate limit counts.
    let mut beat = tokio::time::interval_at(Instant::now(), CALL_SPACING);
    // If a call ever outlasted the spacing, `Burst` would fire the missed ticks back to back
    // and break the limit; `Delay` keeps 2 s between starts whatever happens.
    beat.set_missed_tick_behavior(MissedTickBehavior::Delay);

    let mut answers = Vec::with_capacity(prompts.len());
    for prompt in prompts {
        beat.tick().await;
        // The call (0.5 s here) finishes well before the next tick, so awaiting it in place
        // costs nothing. If calls took longer than the spacing, they would have to overlap:
        // spawn each one at its tick into a `JoinSet` and collect the answers at the end.
        answers.push(llm.complete(prompt).await);
    }
    answers
}
