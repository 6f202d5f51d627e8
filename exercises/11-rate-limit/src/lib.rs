//! Exercise 11: rate limiting. The nightly job scores every user with an LLM endpoint that
//! accepts at most 30 calls per minute. Run `kit grade exercise-11` to see what the endpoint
//! thinks of your job.

use kit_harness::{LlmEndpoint, ServiceError};

/// Score every prompt (one per user) with `llm`, which refuses more than 30 calls in any
/// 60 s, and return each answer in the order of `prompts`.
pub async fn nightly_job(
    llm: &LlmEndpoint,
    prompts: &[String],
) -> Vec<Result<String, ServiceError>> {
    // TODO: every call starts at the same moment. The endpoint takes the first 30 and
    // refuses the rest (HTTP 429 in real life). Space the calls out so that no 60 s window
    // ever holds more than 30 call starts, without making the job slower than the limit
    // requires.
    futures::future::join_all(prompts.iter().map(|prompt| llm.complete(prompt))).await
}
