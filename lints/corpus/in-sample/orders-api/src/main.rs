//! orders-api: HTTP front for the order service.
mod audit;
mod fs;
mod notify;
mod repo;
mod routes;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

pub use repo::{OrderRepo, PgOrderRepo};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let raw = std::fs::read_to_string("orders.toml").context("reading config")?; // OK: blocking-in-async
    let cfg: AppConfig = toml::from_str(&raw)?;
    let repo: Arc<dyn OrderRepo> = Arc::new(PgOrderRepo::connect(&cfg.database_url).await?);
    let shutdown = CancellationToken::new();

    let metrics_handle = tokio::spawn(metrics_exporter(cfg.metrics_addr, shutdown.clone())); // OK: detached-spawn
    let app = routes::router(repo.clone(), cfg.clone());

    let listener = TcpListener::bind(cfg.listen).await?;
    info!(addr = %cfg.listen, "listening");
    tokio::spawn(watch_signals(shutdown.clone())); // OK: detached-spawn

    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.clone().cancelled_owned())
        .await?;
    audit::flush_pending(&repo); // EXPECT: unawaited-future
    metrics_handle.await??;
    Ok(())
}

async fn watch_signals(token: CancellationToken) {
    let _ = tokio::signal::ctrl_c().await;
    warn!("ctrl-c received, draining");
    token.cancel();
}

async fn metrics_exporter(addr: SocketAddr, token: CancellationToken) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    loop {
        tokio::select! {
            _ = token.cancelled() => break,
            accepted = listener.accept() => {
                let (sock, _) = accepted?;
                tokio::spawn(async move { // OK: unbounded-gather, detached-spawn
                    let _ = serve_metrics(sock).await;
                });
            }
        }
    }
    Ok(())
}

async fn serve_metrics(_sock: tokio::net::TcpStream) -> std::io::Result<()> {
    Ok(())
}

#[derive(Clone, serde::Deserialize)]
pub struct AppConfig {
    pub listen: SocketAddr,
    pub metrics_addr: SocketAddr,
    pub database_url: String,
    pub upload_dir: std::path::PathBuf,
}
