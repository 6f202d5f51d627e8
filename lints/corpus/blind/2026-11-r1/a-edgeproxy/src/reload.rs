//! Configuration reloads, on SIGHUP or from the admin socket: the upstream set is replaced in place.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};

use crate::config;
use crate::resolve;
use crate::upstream::UpstreamPool;

pub fn spawn_sighup_reloader(path: PathBuf, pool: Arc<UpstreamPool>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut hup = signal(SignalKind::hangup())?;
        while hup.recv().await.is_some() {
            match config::load(&path).await {
                Ok(cfg) => {
                    pool.replace(&cfg.upstreams);
                    tracing::info!(upstreams = cfg.upstreams.len(), "configuration reloaded");
                }
                Err(e) => tracing::warn!(error = %e, "reload failed, keeping the old configuration"),
            }
        }
        Ok::<_, std::io::Error>(())
    });
}

pub async fn apply(path: PathBuf, pool: Arc<UpstreamPool>) -> anyhow::Result<()> {
    let cfg = config::load(&path).await?;
    let hosts: Vec<String> = cfg.upstreams.iter().map(|u| u.host.clone()).collect();
    let failed = resolve::resolve_all(&hosts, 0)
        .await
        .into_iter()
        .filter(|r| r.is_err())
        .count();
    if failed > 0 {
        anyhow::bail!("{failed} upstream host(s) do not resolve, not reloading");
    }
    pool.replace(&cfg.upstreams);
    Ok(())
}
