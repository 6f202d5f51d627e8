use std::future::Future;
use std::time::Duration;

/// Runs `op` until it succeeds or `attempts` are used up, with a doubling pause.
pub async fn with_retry<T, F, Fut>(attempts: u32, mut op: F) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<T>>,
{
    let mut pause = Duration::from_millis(200);
    let mut last = None;
    for _ in 0..attempts {
        match op().await {
            Ok(value) => return Ok(value),
            Err(err) => {
                tracing::warn!(%err, "attempt failed, retrying");
                last = Some(err);
                tokio::time::sleep(pause).await;
                pause *= 2;
            }
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("no attempt made")))
}
