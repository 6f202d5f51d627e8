//! Exercise 11: rate limiting. The nightly job scores every user with an LLM endpoint that
//! accepts at most 30 calls per minute. Run `kit grade exercise-11` to see what the endpoint
//! thinks of your job.

use kit_harness::{LlmEndpoint, ServiceError};

/// How many users the nightly job scores (ids 1 to `USERS`).
pub const USERS: u32 = 90;

/// The prompt that scores user `id`.
pub fn prompt_for(id: u32) -> String {
    format!("friendship score of user {id}")
}

/// Score users 1 to [`USERS`] with `llm`, which refuses more than 30 calls in any 60 s,
/// and return each user's answer in id order.
pub async fn nightly_job(llm: &LlmEndpoint) -> Vec<Result<String, ServiceError>> {
    let prompts: Vec<String> = (1..=USERS).map(prompt_for).collect();
    // TODO: every call starts at the same moment. The endpoint takes the first 30 and
    // refuses the other 60 (HTTP 429 in real life). Space the calls out so that no 60 s
    // window ever holds more than 30 call starts, without making the job slower than the
    // limit requires.
    futures::future::join_all(prompts.iter().map(|prompt| llm.complete(prompt))).await
}
