//! The scheduler's clock. Tests swap in a paused clock, so everything goes through here.
use std::time::{Duration, Instant};

pub trait Clock: Send + Sync {
    fn now(&self) -> Instant;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// Async sleep that respects tokio's paused test clock.
pub async fn sleep(d: Duration) {
    tokio::time::sleep(d).await
}

pub async fn sleep_until(deadline: Instant) {
    tokio::time::sleep_until(deadline.into()).await
}

pub fn jitter(base: Duration, attempt: u32) -> Duration {
    base.mul_f64(1.0 + (attempt as f64 * 0.37).fract())
}
