//! Simulated services that exercise code calls instead of the network. Each call sleeps on
//! tokio's clock (so a paused clock makes it instant and exact) and is counted in a
//! [`CallLog`]: started, completed and dropped calls, in flight, max in flight, start and end
//! times. Latency, failures and a rate limit are configured per service and per key.
//!
//! [`SimService`] is the engine; [`UserApi`], [`Database`] and [`LlmEndpoint`] give it the
//! shapes the seed documents use. [`SyncDatabase`] is the odd one out: a synchronous driver
//! whose queries block their thread, for the exercises about blocking code. Every service is cheap to clone (clones share the counters),
//! so it can be moved into `tokio::spawn`.

mod billing;
mod database;
pub mod framed_peer;
mod llm;
mod price_catalog;
mod sync_database;
pub(crate) mod unpredictable;
mod user_api;

pub use billing::{BillingApi, Invoice, InvoicePage, PageRequest, UNKNOWN_CURSOR_KEY};
pub use database::{Database, Row};
pub use llm::LlmEndpoint;
pub use price_catalog::PriceCatalog;
pub use sync_database::SyncDatabase;
pub use user_api::{User, UserApi};

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::calls::{CallLog, CallStats, Outcome};
use crate::time::format_duration;

/// At most `calls` calls may start within any span of `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// How many calls a window admits.
    pub calls: usize,
    /// The length of the sliding window.
    pub window: Duration,
}

impl RateLimit {
    /// `calls` per `window`, e.g. `RateLimit::per(30, Duration::from_secs(60))`.
    pub const fn per(calls: usize, window: Duration) -> Self {
        Self { calls, window }
    }
}

/// The error a simulated call returns.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServiceError {
    /// The service was configured to fail for this key.
    Failed {
        /// Which service failed.
        service: &'static str,
        /// The key the call asked for.
        key: u64,
    },
    /// The call was refused: too many calls started within the rate limit's window.
    RateLimited {
        /// Which service refused.
        service: &'static str,
        /// The limit that was exceeded.
        limit: RateLimit,
    },
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Failed { service, key } => write!(f, "{service} failed for key {key}"),
            Self::RateLimited { service, limit } => write!(
                f,
                "{service} refused the call: more than {} calls within {}",
                limit.calls,
                format_duration(limit.window)
            ),
        }
    }
}

impl std::error::Error for ServiceError {}

#[derive(Debug, Clone)]
struct ServiceConfig {
    latency: Duration,
    latency_by_key: HashMap<u64, Duration>,
    failing_keys: HashSet<u64>,
    rate_limit: Option<RateLimit>,
    rejection_latency: Duration,
}

/// A counted service whose calls take a configured time on tokio's clock.
///
/// ```
/// # use std::time::Duration;
/// # use kit_harness::services::SimService;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// let inventory = SimService::new("inventory", Duration::from_millis(200)).failing_for(13);
/// assert_eq!(inventory.call(1, || "in stock").await, Ok("in stock"));
/// assert!(inventory.call(13, || "in stock").await.is_err());
/// assert_eq!(inventory.stats().started, 2);
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct SimService {
    name: &'static str,
    config: Arc<ServiceConfig>,
    log: CallLog,
}

impl SimService {
    /// A service called `name` (used in messages) whose calls take `latency` each.
    /// Its clock starts now: [`CallRecord`](crate::calls::CallRecord) times count from here.
    pub fn new(name: &'static str, latency: Duration) -> Self {
        Self {
            name,
            config: Arc::new(ServiceConfig {
                latency,
                latency_by_key: HashMap::new(),
                failing_keys: HashSet::new(),
                rate_limit: None,
                rejection_latency: Duration::from_millis(10),
            }),
            log: CallLog::new(name),
        }
    }

    /// Every call takes `latency` unless its key has its own.
    pub fn with_latency(mut self, latency: Duration) -> Self {
        Arc::make_mut(&mut self.config).latency = latency;
        self
    }

    /// Calls for `key` take `latency`.
    pub fn with_latency_for(mut self, key: u64, latency: Duration) -> Self {
        Arc::make_mut(&mut self.config)
            .latency_by_key
            .insert(key, latency);
        self
    }

    /// Calls for `key` fail with [`ServiceError::Failed`] once their latency has passed.
    pub fn failing_for(mut self, key: u64) -> Self {
        Arc::make_mut(&mut self.config).failing_keys.insert(key);
        self
    }

    /// Refuse calls beyond `limit` with [`ServiceError::RateLimited`]. Every attempt counts,
    /// refused ones included, as with real APIs that answer 429. A refusal takes 10 ms, so a
    /// retry loop without a pause still moves the clock instead of spinning at one instant.
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        Arc::make_mut(&mut self.config).rate_limit = Some(limit);
        self
    }

    /// The service's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// How long a call for `key` takes.
    #[track_caller]
    pub fn latency_for(&self, key: u64) -> Duration {
        crate::instruments::for_tests_only("SimService::latency_for");
        self.config
            .latency_by_key
            .get(&key)
            .copied()
            .unwrap_or(self.config.latency)
    }

    /// Perform one call for `key`: count it, wait its latency on tokio's clock, then return
    /// `respond()` or the configured failure. Dropping the returned future before it completes
    /// records a cancellation. Nothing is counted until the future is first polled: a future
    /// that is never awaited never calls the service.
    pub async fn call<T>(&self, key: u64, respond: impl FnOnce() -> T) -> Result<T, ServiceError> {
        let guard = self.log.begin_expecting(key, self.latency_for(key));
        if let Some(limit) = self.config.rate_limit
            && guard.calls_within(limit.window) > limit.calls
        {
            tokio::time::sleep(self.config.rejection_latency).await;
            guard.finish(Outcome::Rejected);
            return Err(ServiceError::RateLimited {
                service: self.name,
                limit,
            });
        }
        tokio::time::sleep(self.latency_for(key)).await;
        if self.config.failing_keys.contains(&key) {
            guard.finish(Outcome::Failed);
            return Err(ServiceError::Failed {
                service: self.name,
                key,
            });
        }
        guard.finish(Outcome::Succeeded);
        Ok(respond())
    }

    /// A snapshot of everything counted so far.
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("SimService::stats");
        self.log.stats()
    }

    /// The counter itself, for services built on top of this one.
    #[track_caller]
    pub fn log(&self) -> &CallLog {
        crate::instruments::for_tests_only("SimService::log");
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::measure;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[tokio::test(start_paused = true)]
    async fn calls_take_their_latency_and_count() {
        let service = SimService::new("svc", ms(500)).with_latency_for(2, ms(100));
        let run = measure(async {
            let first = service.call(1, || 1).await;
            let second = service.call(2, || 2).await;
            (first, second)
        })
        .await;
        assert_eq!(run.value, (Ok(1), Ok(2)));
        assert_eq!(run.elapsed, ms(600));
        let stats = service.stats();
        assert_eq!(
            (stats.started, stats.succeeded, stats.max_in_flight),
            (2, 2, 1)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_calls_raise_max_in_flight() {
        let service = SimService::new("svc", ms(500));
        let run = measure(futures::future::join_all(
            (0..10).map(|key| service.call(key, move || key)),
        ))
        .await;
        assert_eq!(run.elapsed, ms(500));
        let stats = service.stats();
        assert_eq!(
            (stats.started, stats.max_in_flight, stats.in_flight),
            (10, 10, 0)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_future_never_polled_makes_no_call() {
        let service = SimService::new("svc", ms(500));
        let forgotten = service.call(1, || ());
        drop(forgotten);
        assert_eq!(service.stats().started, 0);
    }

    #[tokio::test(start_paused = true)]
    async fn failing_keys_fail_after_their_latency() {
        let service = SimService::new("svc", ms(300)).failing_for(4);
        let run = measure(service.call(4, || ())).await;
        assert_eq!(
            run.value,
            Err(ServiceError::Failed {
                service: "svc",
                key: 4
            })
        );
        assert_eq!(run.elapsed, ms(300));
        assert_eq!(service.stats().failed, 1);
        assert_eq!(run.value.unwrap_err().to_string(), "svc failed for key 4");
    }

    #[tokio::test(start_paused = true)]
    async fn aborted_tasks_count_as_dropped() {
        let service = SimService::new("svc", ms(500));
        let mut tasks = tokio::task::JoinSet::new();
        for key in 0..3 {
            let service = service.clone();
            tasks.spawn(async move { service.call(key, || ()).await });
        }
        tokio::time::sleep(ms(100)).await;
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
        let stats = service.stats();
        assert_eq!((stats.dropped, stats.succeeded, stats.in_flight), (3, 0, 0));
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limit_rejects_calls_over_the_window() {
        let limit = RateLimit::per(3, ms(1000));
        let service = SimService::new("svc", ms(100)).with_rate_limit(limit);
        let burst =
            futures::future::join_all((0..5).map(|key| service.call(key, move || key))).await;
        let refused = burst.iter().filter(|result| result.is_err()).count();
        assert_eq!(refused, 2);
        assert_eq!(
            burst[4],
            Err(ServiceError::RateLimited {
                service: "svc",
                limit
            })
        );

        // One window after the burst started, the service admits calls again.
        tokio::time::sleep(ms(900)).await;
        assert_eq!(service.call(5, || 5).await, Ok(5));
        let stats = service.stats();
        assert_eq!((stats.rejected, stats.succeeded), (2, 4));
        assert_eq!(stats.busiest_window(ms(1000)).unwrap().calls, 5);
    }

    #[tokio::test(start_paused = true)]
    async fn paced_calls_are_never_rejected() {
        let service = SimService::new("svc", ms(10)).with_rate_limit(RateLimit::per(2, ms(1000)));
        for key in 0..6 {
            assert!(service.call(key, || ()).await.is_ok(), "call {key} refused");
            tokio::time::sleep(ms(490)).await;
        }
        assert_eq!(service.stats().busiest_window(ms(1000)).unwrap().calls, 2);
    }
}
