//! A token bucket per source.

use std::collections::HashMap;
use std::time::Instant;

pub struct RateLimiter {
    per_minute: u32,
    buckets: HashMap<String, (u32, Instant)>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter { per_minute, buckets: HashMap::new() }
    }

    pub fn check(&mut self, source: &str) -> bool {
        let now = Instant::now();
        let (count, since) = self.buckets.entry(source.to_string()).or_insert((0, now));
        if now.duration_since(*since).as_secs() >= 60 {
            *count = 0;
            *since = now;
        }
        *count += 1;
        *count <= self.per_minute
    }

    pub fn retry_after(&self, source: &str) -> u64 {
        self.buckets
            .get(source)
            .map(|(_, since)| 60u64.saturating_sub(since.elapsed().as_secs()))
            .unwrap_or(0)
    }
}
