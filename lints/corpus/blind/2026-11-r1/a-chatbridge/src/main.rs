//! chatbridge: mirrors messages between the rooms of a hosted chat service (over its websocket
//! gateway) and IRC channels, one bridge per configured room pair.

mod bridge;
mod commands;
mod config;
mod control;
mod error;
mod gateway;
mod history;
mod irc;
mod media;
mod presence;

use std::sync::Arc;

use anyhow::Context;
use tokio::sync::broadcast;

use crate::bridge::Relay;
use crate::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let cfg = Arc::new(Config::from_env().context("reading configuration")?);
    let (shutdown_tx, _) = broadcast::channel::<()>(1);

    let history = history::History::connect(&cfg.database_url).await?;
    let relay = Relay::new(cfg.clone(), history.clone(), shutdown_tx.clone());
    tokio::spawn(relay.run()); // EXPECT: detached-spawn // OK: untracked-spawn

    let control = tokio::spawn(control::serve(cfg.control_socket.clone(), shutdown_tx.subscribe())); // OK: detached-spawn, untracked-spawn

    tokio::signal::ctrl_c().await?;
    let _ = shutdown_tx.send(());
    control.await??;
    Ok(())
}
