//! Sending one event to one subscriber, with a circuit breaker per host.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Opens per host after repeated failures; `block_on` marks a host blocked for a while.
pub struct Breaker {
    open_until: parking_lot::Mutex<HashMap<String, Instant>>,
}

impl Breaker {
    pub fn block_on(&self, host: &str, for_how_long: Duration) {
        self.open_until.lock().insert(host.to_string(), Instant::now() + for_how_long);
    }

    pub fn is_open(&self, host: &str) -> bool {
        self.open_until.lock().get(host).is_some_and(|t| *t > Instant::now())
    }
}

pub struct Delivery {
    pub breaker: Breaker,
}

impl Delivery {
    pub fn new() -> Self {
        Delivery {
            breaker: Breaker { open_until: parking_lot::Mutex::new(HashMap::new()) },
        }
    }

    pub async fn send(&self, http: &reqwest::Client, url: &str, body: &serde_json::Value) -> anyhow::Result<()> {
        let host = reqwest::Url::parse(url)?.host_str().unwrap_or_default().to_string();
        if self.breaker.is_open(&host) {
            anyhow::bail!("circuit open for {host}");
        }
        match http.post(url).json(body).timeout(Duration::from_secs(10)).send().await {
            Ok(resp) if resp.status().is_success() => Ok(()),
            Ok(resp) => {
                if resp.status().is_server_error() {
                    self.breaker.block_on(&host, Duration::from_secs(30)); // OK: block-on-in-async
                }
                anyhow::bail!("{url}: {}", resp.status())
            }
            Err(e) => {
                self.breaker.block_on(&host, Duration::from_secs(30)); // OK: block-on-in-async
                Err(e.into())
            }
        }
    }

    /// Fire a best-effort ping to a subscriber that just registered.
    pub async fn ping(&self, http: &reqwest::Client, url: &str) {
        http.post(url).body("{\"ping\":true}").send(); // EXPECT: unawaited-future
        tracing::debug!(%url, "pinged");
    }
}

pub async fn deliver(http: reqwest::Client, url: String, body: serde_json::Value) -> anyhow::Result<()> {
    let mut delay = Duration::from_millis(200);
    for attempt in 0..4 {
        match http.post(&url).json(&body).send().await {
            Ok(resp) if resp.status().is_success() => return Ok(()),
            Ok(resp) => tracing::debug!(attempt, status = %resp.status(), "delivery refused"),
            Err(e) => tracing::debug!(attempt, "delivery failed: {e}"),
        }
        tokio::time::sleep(delay).await;
        delay *= 3;
    }
    anyhow::bail!("giving up on {url}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn breaker_opens_after_block_on() {
        let d = Delivery::new();
        d.breaker.block_on("example.com", Duration::from_secs(1)); // OK: block-on-in-async
        assert!(d.breaker.is_open("example.com"));
        let http = reqwest::Client::new();
        d.send(&http, "http://example.com/x", &serde_json::json!({})); // OK: unawaited-future
        let h = tokio::runtime::Handle::current();
        std::thread::spawn(move || h.block_on(async {})).join().unwrap(); // OK: block-on-in-async
    }
}
