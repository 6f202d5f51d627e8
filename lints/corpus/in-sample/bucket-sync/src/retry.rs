//! Retry with exponential backoff for idempotent requests.
use std::future::Future;
use std::time::Duration;

use tracing::warn;

#[derive(Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub max_attempts: u32,
}

impl Backoff {
    pub async fn retry<T, E, F, Fut>(&self, mut op: F) -> Result<T, E>
    where
        F: FnMut(u32) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: std::fmt::Debug,
    {
        let mut attempt = 0;
        loop {
            match op(attempt).await {
                Ok(v) => return Ok(v),
                Err(e) if attempt + 1 < self.max_attempts => {
                    warn!(?e, attempt, "retrying");
                    tokio::time::sleep(self.base * 2u32.pow(attempt)).await;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Sync variant for the CLI's `--offline` path, which has no runtime.
    pub fn retry_blocking<T, E>(&self, mut op: impl FnMut() -> Result<T, E>) -> Result<T, E> {
        let mut attempt = 0;
        loop {
            match op() {
                Ok(v) => return Ok(v),
                Err(_) if attempt + 1 < self.max_attempts => {
                    std::thread::sleep(self.base * 2u32.pow(attempt)); // OK: blocking-in-async
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }
}
