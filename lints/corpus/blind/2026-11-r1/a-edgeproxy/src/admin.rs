//! The admin socket: one line-based command per connection (`status`, `drain <name>`, `probe <addr>..`,
//! `reload <path>`), in the style of a load balancer's stats socket.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;

use crate::upstream::UpstreamPool;
use crate::{health, reload};

const DRAIN_GRACE: Duration = Duration::from_secs(10);

pub async fn serve(addr: SocketAddr, pool: Arc<UpstreamPool>, shutdown: CancellationToken) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    loop {
        let (sock, peer) = tokio::select! {
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => accepted?,
        };
        let pool = pool.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            if let Err(e) = session(sock, pool).await {
                tracing::debug!(%peer, error = %e, "admin session ended");
            }
        });
    }
    Ok(())
}

async fn session(sock: TcpStream, pool: Arc<UpstreamPool>) -> anyhow::Result<()> {
    let (rd, mut wr) = sock.into_split();
    let mut lines = BufReader::new(rd).lines();
    let Some(line) = lines.next_line().await? else {
        return Ok(());
    };
    let mut words = line.split_whitespace();
    match words.next() {
        Some("status") => {
            for u in pool.snapshot() {
                let state = if u.draining { "draining" } else if u.healthy { "up" } else { "down" };
                wr.write_all(format!("{} {} {}\n", u.name, u.host, state).as_bytes()).await?;
            }
        }
        Some("drain") => {
            let name = words.next().unwrap_or_default().to_owned();
            let pool = pool.clone();
            // Give in-flight connections a grace period before the upstream stops getting new ones.
            tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
                tokio::time::sleep(DRAIN_GRACE).await;
                if !pool.drain(&name) {
                    tracing::warn!(upstream = %name, "drain asked for an unknown upstream");
                }
            });
            wr.write_all(b"ok\n").await?;
        }
        Some("probe") => {
            let addrs: Vec<SocketAddr> = words.filter_map(|w| w.parse().ok()).collect();
            for (addr, ok) in health::probe_addresses(addrs).await {
                wr.write_all(format!("{addr} {}\n", if ok { "open" } else { "closed" }).as_bytes()).await?;
            }
        }
        Some("reload") => {
            let path = words.next().unwrap_or("edgeproxy.toml").into();
            tokio::spawn(reload::apply(path, pool.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
            wr.write_all(b"reloading\n").await?;
        }
        _ => wr.write_all(b"unknown command\n").await?,
    }
    Ok(())
}
