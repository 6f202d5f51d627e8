//! Presence gateway: clients report heartbeats; contacts are told when someone comes online
//! or goes away.

mod contacts;
mod presence;
mod push;

use std::sync::Arc;
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::spawn;
use tokio::task::JoinHandle;

use crate::presence::Presence;

struct Background {
    sweeper: JoinHandle<()>,
    exporter: Option<JoinHandle<()>>,
}

#[tokio::main]
async fn main() {
    let presence = Arc::new(Presence::default());
    let config = std::fs::read_to_string("presence.toml").unwrap_or_default(); // OK: blocking-in-async
    let background = Background {
        sweeper: tokio::spawn(presence::sweep(presence.clone(), Duration::from_secs(5))), // OK: detached-spawn
        exporter: Some(tokio::spawn(presence::export(presence.clone()))), // OK: detached-spawn
    };
    spawn(push::keepalive()); // EXPECT: detached-spawn
    Handle::current().spawn(contacts::preload()); // OK: detached-spawn
    let rt = Handle::current();
    rt.spawn(presence::export(presence.clone())); // EXPECT: detached-spawn
    let _ = spawn(push::keepalive()); // EXPECT: detached-spawn
    tracing::info!(bytes = config.len(), "presence gateway started");
    tokio::signal::ctrl_c().await.ok();
    background.sweeper.abort();
    if let Some(exporter) = background.exporter {
        exporter.await.ok();
    }
    presence.save(); // EXPECT: unawaited-future
}
