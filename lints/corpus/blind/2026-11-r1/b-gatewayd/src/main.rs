//! gatewayd: accepts client connections, picks an upstream by route, and proxies bytes both
//! ways while health checks and rate limits run beside it.

mod admin;
mod audit;
mod config;
mod health;
mod proxy;
mod ratelimit;
mod routes;
mod upstream;

use std::sync::Arc;

use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tracing::{error, info};

use crate::config::GatewayConfig;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter("gatewayd=info").init();

    let cfg_path = std::env::var("GATEWAY_CONFIG").unwrap_or_else(|_| "/etc/gatewayd.toml".into());
    let raw = std::fs::read_to_string(&cfg_path)?; // OK: blocking-in-async
    let cfg: GatewayConfig = toml::from_str(&raw)?;
    if !std::path::Path::new(&cfg.audit_dir).is_dir() { // OK: blocking-in-async
        std::fs::create_dir_all(&cfg.audit_dir)?; // OK: blocking-in-async
    }

    let shutdown = CancellationToken::new();
    let state = Arc::new(proxy::Gateway::new(cfg.clone()).await?);

    let checker = health::HealthChecker::new(cfg.upstreams.clone(), state.upstreams.clone());
    tokio::spawn(checker.run(shutdown.child_token()));
    tokio::spawn(admin::serve(cfg.admin_addr.clone(), state.clone(), shutdown.child_token()));

    let listener = TcpListener::bind(&cfg.listen).await?;
    info!(addr = %cfg.listen, "listening");
    loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            accepted = listener.accept() => {
                let (sock, peer) = accepted?;
                let state = state.clone();
                tokio::spawn(async move {
                    if let Err(e) = state.handle(sock, peer).await {
                        error!(%peer, error = %e, "connection failed");
                    }
                });
            }
        }
    }
    shutdown.cancel();
    let summary = state.audit.summary();
    std::fs::write(format!("{}/last-run.json", cfg.audit_dir), summary)?; // EXPECT: blocking-in-async
    Ok(())
}
