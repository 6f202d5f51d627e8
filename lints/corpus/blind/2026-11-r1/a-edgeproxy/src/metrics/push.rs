//! Pushing aggregated samples to the configured metrics gateways.

use std::time::Duration;

use futures::future::join_all;
use futures::stream::{FuturesUnordered, StreamExt};
use tokio_util::sync::CancellationToken;

use super::Sample;
use crate::config::MetricsCfg;

async fn post(http: &reqwest::Client, gateway: &str, s: &Sample) -> reqwest::Result<()> {
    http.post(format!("{gateway}/metrics/job/edgeproxy/upstream/{}", s.upstream))
        .body(format!("edgeproxy_bytes {}\nedgeproxy_latency_ms {}\n", s.bytes, s.millis))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// One request per sample and gateway: the samples are whatever the aggregator collected.
pub async fn push_samples(gateways: &[String], samples: Vec<Sample>) {
    let http = reqwest::Client::new();
    let http = &http;
    let mut sent: FuturesUnordered<_> = samples.iter().flat_map(|s| gateways.iter().map(move |g| post(http, g, s))).collect(); // EXPECT: unbounded-gather
    while let Some(r) = sent.next().await {
        if let Err(e) = r {
            tracing::debug!(error = %e, "metrics push failed");
        }
    }
}

/// Announces the proxy to every configured gateway, then heartbeats until shutdown.
pub async fn run(cfg: MetricsCfg, shutdown: CancellationToken) {
    let http = reqwest::Client::new();
    let hello = Sample { upstream: "_self".into(), bytes: 0, millis: 0 };
    join_all(cfg.gateways.iter().map(|g| post(&http, g, &hello))).await; // OK: unbounded-gather
    let mut tick = tokio::time::interval(Duration::from_secs(cfg.every_secs.max(1)));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tick.tick() => {
                let beats = join_all(cfg.gateways.iter().map(|g| post(&http, g, &hello))).await; // OK: unbounded-gather
                let failed = beats.iter().filter(|r| r.is_err()).count();
                if failed > 0 {
                    tracing::warn!(failed, "heartbeat failed on some gateways");
                }
            }
        }
    }
}
