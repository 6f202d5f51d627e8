//! Retry policy: exponential backoff with a cap, for idempotent requests.

use std::future::Future;
use std::time::Duration;

#[derive(Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl RetryPolicy {
    pub fn delay_for(&self, attempt: u32) -> Duration {
        self.base_delay.saturating_mul(1 << attempt.min(10)).min(self.max_delay)
    }
}

/// Runs `op` until it succeeds or the attempts are used up.
pub async fn with_retries<T, E, F, Fut>(policy: RetryPolicy, mut op: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut attempt = 0;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            Err(err) if attempt + 1 >= policy.attempts => return Err(err),
            Err(_) => {
                tokio::time::sleep(policy.delay_for(attempt)).await; // OK: blocking-in-async, unawaited-future
                attempt += 1;
            }
        }
    }
}

/// The old retry loop, still used by the webhook sender.
pub async fn retry_webhook(client: &reqwest::Client, url: &str, body: String) -> bool {
    for attempt in 0..5u32 {
        if client.post(url).body(body.clone()).send().await.is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100 * u64::from(attempt))); // EXPECT: blocking-in-async
    }
    false
}

/// Blocking variant for the sync CLI.
pub fn retry_blocking(url: &str) -> Option<String> {
    for attempt in 0..3u64 {
        if let Ok(resp) = reqwest::blocking::get(url) { // OK: blocking-in-async
            return resp.text().ok();
        }
        std::thread::sleep(Duration::from_millis(250 * attempt)); // OK: blocking-in-async
    }
    None
}

pub async fn wait_for_rate_limit(reset_after: Duration) {
    tracing::warn!(?reset_after, "rate limited");
    tokio::time::sleep(reset_after); // EXPECT: unawaited-future
}
