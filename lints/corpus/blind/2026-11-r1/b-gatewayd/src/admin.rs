//! The admin API: a tiny line protocol on a local socket for reloading routes, banning peers
//! and running operator plugins.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::runtime::Handle;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::health::Alert;
use crate::proxy::Gateway;

/// Starts the consumers of the health checker's channels; each one ends when its sender is gone.
pub fn attach_sinks(mut alerts: mpsc::Receiver<Alert>, mut metrics: mpsc::UnboundedReceiver<(String, f64)>) {
    tokio::spawn(async move {
        while let Some(alert) = alerts.recv().await {
            warn!(upstream = %alert.upstream, "{}", alert.message);
        }
    });
    std::thread::spawn(move || {
        while let Some((name, secs)) = metrics.blocking_recv() { // OK: block-on-in-async
            info!(upstream = %name, secs, "probe latency");
        }
    });
}

pub async fn serve(addr: String, gw: Arc<Gateway>, shutdown: CancellationToken) -> anyhow::Result<()> {
    let listener = TcpListener::bind(&addr).await?;
    loop {
        let (sock, _) = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            accepted = listener.accept() => accepted?,
        };
        let gw = gw.clone();
        tokio::spawn(async move {
            if let Err(e) = session(sock, gw).await {
                warn!(error = %e, "admin session failed");
            }
        });
    }
}

async fn session(sock: tokio::net::TcpStream, gw: Arc<Gateway>) -> anyhow::Result<()> {
    let (r, mut w) = sock.into_split();
    let mut lines = BufReader::new(r).lines();
    while let Some(line) = lines.next_line().await? {
        let mut parts = line.split_whitespace();
        let reply = match (parts.next(), parts.next()) {
            (Some("ban"), Some(peer)) => {
                gw.ban(peer.parse()?).await?;
                "banned".to_owned()
            }
            (Some("unban"), Some(peer)) => {
                gw.unban(peer.parse()?).await?;
                "unbanned".to_owned()
            }
            (Some("stats"), _) => gw.stats_line().await,
            (Some("plugin"), Some(name)) => {
                let dir = plugin_dir();
                run_plugin_hook(&dir, name, gw.clone()) // EXPECT: block-on-in-async // OK: blocking-in-async
            }
            (Some("plugin-safe"), Some(name)) => {
                let dir = plugin_dir();
                let gw2 = gw.clone();
                let name = name.to_owned();
                tokio::task::block_in_place(|| run_plugin_hook(&dir, &name, gw2)) // OK: block-on-in-async
            }
            (Some("flush"), _) => {
                futures::executor::block_on(gw.audit.flush()); // EXPECT: block-on-in-async // OK: blocking-in-async
                "flushed".to_owned()
            }
            (Some("drain"), _) => {
                let handle = Handle::current();
                let upstreams = gw.upstreams.clone();
                tokio::task::spawn_blocking(move || handle.block_on(upstreams.drain_all())).await?; // OK: block-on-in-async
                "drained".to_owned()
            }
            _ => "unknown command".to_owned(),
        };
        w.write_all(reply.as_bytes()).await?;
        w.write_all(b"\n").await?;
    }
    Ok(())
}

fn plugin_dir() -> PathBuf {
    std::env::var_os("GATEWAY_PLUGINS").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/lib/gatewayd/plugins"))
}

/// Plugins are sync Rust callbacks; the ones that need the gateway's async API bridge back into
/// the runtime here.
fn run_plugin_hook(dir: &Path, name: &str, gw: Arc<Gateway>) -> String {
    let manifest = dir.join(format!("{name}.plugin"));
    if !manifest.exists() {
        return format!("no plugin {name}");
    }
    let line = Handle::current().block_on(gw.stats_line()); // OK: block-on-in-async
    format!("{name}: {line}")
}
