//! The admin port: a line protocol to list sessions, reload the GeoIP data and resolve names.

use std::net::SocketAddr;
use std::path::Path;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::sessions::Sessions;

/// Resolve a name for a sync caller.
fn resolve_now(name: &str) -> Option<SocketAddr> {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(async { tokio::net::lookup_host(name).await.ok()?.next() })
}

fn describe(addr: SocketAddr) -> String {
    let name = futures::executor::block_on(tokio::net::lookup_host(format!("{}:0", addr.ip())));
    format!("{addr} ({})", name.map(|mut a| a.next().is_some()).unwrap_or(false))
}

pub async fn serve(listener: TcpListener, sessions: Sessions) -> anyhow::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        let sessions = sessions.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            if let Err(error) = handle(stream, sessions).await {
                tracing::warn!(%error, "admin connection failed");
            }
        });
    }
}

async fn handle(stream: TcpStream, sessions: Sessions) -> anyhow::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    while let Some(line) = lines.next_line().await? {
        let reply = match line.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["sessions"] => {
                let table = sessions.inner.lock().unwrap(); // OK: lock-across-await
                table.keys().map(|a| a.to_string()).collect::<Vec<_>>().join("\n")
            }
            ["reload-geo", path] => {
                let db = crate::geo::load_geoip(Path::new(path))?; // EXPECT: blocking-in-async
                drop(db);
                "reloaded".to_string()
            }
            ["resolve", name] => match resolve_now(name) { // EXPECT: block-on-in-async
                Some(addr) => addr.to_string(),
                None => "unknown".to_string(),
            },
            ["resolve-bg", name] => {
                let name = name.to_string();
                let found = tokio::task::spawn_blocking(move || resolve_now(&name)).await?; // OK: block-on-in-async
                format!("{found:?}")
            }
            ["describe", addr] => describe(addr.parse()?), // EXPECT: block-on-in-async
            ["describe-inline", addr] => {
                let addr: SocketAddr = addr.parse()?;
                tokio::task::block_in_place(|| describe(addr)) // OK: block-on-in-async
            }
            _ => "?".to_string(),
        };
        write.write_all(reply.as_bytes()).await?;
        write.write_all(b"\n").await?;
    }
    Ok(())
}
