//! The bot's own synchronization helpers (not std::sync): a rate limiter and a shard barrier,
//! both async.
use std::time::Duration;

use tokio::sync::Notify;

pub struct RateLimiter {
    per_sec: u32,
    notify: Notify,
}

impl RateLimiter {
    pub fn new(per_sec: u32) -> Self {
        Self { per_sec, notify: Notify::new() }
    }

    pub async fn wait(&self) {
        tokio::time::sleep(Duration::from_millis(1000 / self.per_sec as u64)).await;
        self.notify.notify_one();
    }
}

pub struct ShardBarrier {
    inner: tokio::sync::Barrier,
}

impl ShardBarrier {
    pub fn new(n: usize) -> Self {
        Self { inner: tokio::sync::Barrier::new(n) }
    }

    pub async fn arrive(&self) -> bool {
        self.inner.wait().await.is_leader() // OK: blocking-in-async
    }
}

pub fn spawn<F>(tracker: &tokio_util::task::TaskTracker, fut: F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    tracker.spawn(fut); // OK: detached-spawn
}
