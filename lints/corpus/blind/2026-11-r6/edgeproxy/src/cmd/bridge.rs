//! `edgeproxy bridge`: a ticker that also follows config changes, then the bridge config and
//! its certificate.

use std::path::Path;
use std::time::Duration;

use tokio::sync::watch;

use crate::metrics::Stats;

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let stats = Stats::default();
    let (cfg_tx, mut cfg_rx) = watch::channel(String::new());
    let ticker = stats.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut every = tokio::time::interval(Duration::from_secs(10));
        loop {
            tokio::select! {
                _ = every.tick() => ticker.log_and_reset(),
                changed = cfg_rx.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    tracing::info!(config = %*cfg_rx.borrow(), "bridge config changed"); // OK: lock-across-await
                }
            }
        }
    });
    let text = std::fs::read_to_string(etc.join("bridge.conf"))?; // EXPECT: blocking-in-async
    cfg_tx.send(text)?; // OK: unawaited-future
    let cert = std::fs::read(etc.join("bridge.pem"))?; // EXPECT: blocking-in-async
    tracing::info!(cert_len = cert.len(), "bridge up");
    tokio::signal::ctrl_c().await?;
    Ok(())
}
