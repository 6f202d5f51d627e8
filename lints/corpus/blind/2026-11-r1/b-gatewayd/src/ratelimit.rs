//! Token-bucket rate limits per route prefix, plus the global concurrency quota.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::config::RouteRule;

#[derive(Debug)]
pub struct Bucket {
    capacity: f64,
    tokens: f64,
    refill_per_sec: f64,
    last: Instant,
}

impl Bucket {
    fn new(rate: u32) -> Self {
        let rate = f64::from(rate);
        Self { capacity: rate, tokens: rate, refill_per_sec: rate, last: Instant::now() }
    }

    fn refill(&mut self) {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.refill_per_sec).min(self.capacity);
        self.last = now;
    }

    fn take(&mut self) -> Result<(), Duration> {
        self.refill();
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.refill_per_sec))
        }
    }
}

/// A slot in the global quota; released on drop.
pub struct QuotaTicket<'a> {
    quota: &'a Quota,
}

impl Drop for QuotaTicket<'_> {
    fn drop(&mut self) {
        self.quota.in_use.fetch_sub(1, Ordering::Release);
    }
}

pub struct Quota {
    in_use: AtomicUsize,
    limit: usize,
}

impl Quota {
    /// Reserves a slot of the global quota (never blocks: over the limit it still counts, and
    /// the admin page shows the overshoot).
    pub fn lock(&self) -> QuotaTicket<'_> {
        self.in_use.fetch_add(1, Ordering::AcqRel);
        QuotaTicket { quota: self }
    }

    pub fn overshoot(&self) -> usize {
        self.in_use.load(Ordering::Acquire).saturating_sub(self.limit)
    }
}

pub struct Limiter {
    buckets: parking_lot::Mutex<HashMap<String, Bucket>>,
    pub quota: Quota,
}

impl Limiter {
    pub fn new(rules: &[RouteRule]) -> Self {
        let buckets = rules.iter().filter_map(|r| r.rate_per_sec.map(|rate| (r.prefix.clone(), Bucket::new(rate)))).collect();
        Self { buckets: parking_lot::Mutex::new(buckets), quota: Quota { in_use: AtomicUsize::new(0), limit: 4096 } }
    }

    pub fn allow(&self, prefix: &str) -> bool {
        match self.buckets.lock().get_mut(prefix) {
            Some(bucket) => bucket.take().is_ok(),
            None => true,
        }
    }

    /// Waits until the route has a token.
    pub async fn wait_turn(&self, prefix: &str) {
        loop {
            let mut buckets = self.buckets.lock(); // OK: lock-across-await
            let wait = match buckets.get_mut(prefix) {
                Some(bucket) => match bucket.take() {
                    Ok(()) => return,
                    Err(wait) => wait,
                },
                None => return,
            };
            drop(buckets);
            tokio::time::sleep(wait).await;
        }
    }

    /// Runs `work` inside the global quota.
    pub async fn with_quota<F, T>(&self, work: F) -> T
    where
        F: std::future::Future<Output = T>,
    {
        let _ticket = self.quota.lock(); // OK: lock-across-await
        work.await
    }
}

/// Shapes a bulk transfer to the bucket's rate, one chunk at a time.
pub async fn shape(bucket: &parking_lot::Mutex<Bucket>, chunks: usize) {
    let mut b = bucket.lock(); // EXPECT: lock-across-await
    for _ in 0..chunks {
        if let Err(wait) = b.take() {
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn shaping_waits_for_tokens() {
        let bucket = parking_lot::Mutex::new(Bucket::new(1000));
        let guard = bucket.lock(); // OK: lock-across-await
        tokio::time::sleep(Duration::from_millis(2)).await;
        drop(guard);
        shape(&bucket, 3).await;
        std::thread::sleep(Duration::from_millis(1)); // OK: blocking-in-async
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn quota_ticket_counts() {
        let limiter = Limiter::new(&[]);
        let buckets = limiter.buckets.lock(); // OK: lock-across-await
        let n = limiter.with_quota(async { limiter.quota.overshoot() }).await;
        assert_eq!(n, 0);
        assert!(buckets.is_empty());
        let rt_handle = tokio::runtime::Handle::current();
        std::thread::spawn(move || rt_handle.block_on(async { 1 })).join().unwrap(); // OK: block-on-in-async, blocking-in-async
    }
}
