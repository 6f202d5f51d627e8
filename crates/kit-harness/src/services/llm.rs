//! A simulated LLM endpoint with the rate limit of the seed documents' nightly job (Vietnamese
//! seed, "7.2 Xử lý Nightly Job với Rate Limiting"): slow calls, and calls beyond the limit in
//! any sliding window are refused.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::{RateLimit, ServiceError, SimService};
use crate::calls::CallStats;

/// A simulated LLM endpoint: each completion takes 2 s of tokio time unless configured
/// otherwise, and attempts beyond the rate limit are refused with
/// [`ServiceError::RateLimited`]. Calls are counted under their sequence number (1, 2, ...).
#[derive(Debug, Clone)]
pub struct LlmEndpoint {
    service: SimService,
    next_call: Arc<AtomicU64>,
}

impl LlmEndpoint {
    /// An endpoint enforcing `limit`, e.g. `RateLimit::per(30, Duration::from_secs(60))`.
    pub fn new(limit: RateLimit) -> Self {
        Self {
            service: SimService::new("LLM endpoint", Duration::from_secs(2)).with_rate_limit(limit),
            next_call: Arc::default(),
        }
    }

    /// Every completion takes `latency`.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
            ..self
        }
    }

    /// The `call`-th completion (1-based) fails once its latency has passed.
    pub fn failing_for(self, call: u64) -> Self {
        Self {
            service: self.service.failing_for(call),
            ..self
        }
    }

    /// Complete `prompt`; the answer is `"summary of {prompt}"`.
    pub async fn complete(&self, prompt: &str) -> Result<String, ServiceError> {
        let call = self.next_call.fetch_add(1, Ordering::Relaxed) + 1;
        self.service
            .call(call, || format!("summary of {prompt}"))
            .await
    }

    /// A snapshot of the endpoint's counters; check the limit with
    /// [`CallStats::busiest_window`].
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("LlmEndpoint::stats");
        self.service.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_burst_over_the_limit_is_refused() {
        let llm = LlmEndpoint::new(RateLimit::per(30, Duration::from_secs(60)))
            .with_latency(Duration::from_millis(100));
        let prompts: Vec<String> = (0..40).map(|n| format!("doc {n}")).collect();
        let answers = futures::future::join_all(prompts.iter().map(|p| llm.complete(p))).await;
        assert_eq!(answers.iter().filter(|answer| answer.is_ok()).count(), 30);
        assert_eq!(answers[0].as_deref(), Ok("summary of doc 0"));
        let stats = llm.stats();
        assert_eq!(stats.rejected, 10);
        assert_eq!(
            stats.busiest_window(Duration::from_secs(60)).unwrap().calls,
            40
        );
    }
}
