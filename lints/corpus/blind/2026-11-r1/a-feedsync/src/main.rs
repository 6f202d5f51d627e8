//! The feedsync daemon: loads the configuration, connects the store and runs the polling loop until
//! Ctrl-C.

use std::sync::Arc;

use anyhow::Context;
use feedsync::config::Config;
use feedsync::App;
use tokio_util::sync::CancellationToken;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .init();
    let cfg = Config::load_from_env().context("loading configuration")?;
    let token = CancellationToken::new();
    let app = Arc::new(App::connect(cfg, token.clone()).await?);

    let on_signal = token.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        match tokio::signal::ctrl_c().await {
            Ok(()) => tracing::info!("shutting down"),
            Err(e) => tracing::error!(error = %e, "cannot listen for ctrl-c, shutting down"),
        }
        on_signal.cancel();
    });

    app.run().await
}
