use std::time::{Duration, Instant};

use crate::policy::Policy;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    Allowed { remaining: u32 },
    Denied { retry_after: Duration },
}

#[derive(Debug, Clone, Copy)]
pub struct Bucket {
    pub tokens: f64,
    pub capacity: f64,
    pub refill_per_sec: f64,
    last_refill: Instant,
}

impl Bucket {
    pub fn new(policy: &Policy, now: Instant) -> Self {
        Self {
            tokens: policy.capacity as f64,
            capacity: policy.capacity as f64,
            refill_per_sec: policy.refill_per_sec as f64,
            last_refill: now,
        }
    }

    pub fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last_refill).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.refill_per_sec).min(self.capacity);
        self.last_refill = now;
    }

    pub fn decide(&mut self, cost: u32, now: Instant) -> Decision {
        self.refill(now);
        let cost = cost as f64;
        if self.tokens >= cost {
            self.tokens -= cost;
            Decision::Allowed { remaining: self.tokens as u32 }
        } else {
            let missing = cost - self.tokens;
            let secs = if self.refill_per_sec > 0.0 { missing / self.refill_per_sec } else { 60.0 };
            Decision::Denied { retry_after: Duration::from_secs_f64(secs) }
        }
    }

    pub fn credit(&mut self, units: u32) {
        self.tokens = (self.tokens + units as f64).min(self.capacity);
    }
}
