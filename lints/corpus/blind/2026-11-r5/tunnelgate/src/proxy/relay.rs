//! One tunnel connection: handshake, then copy bytes both ways.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::sessions::{Session, Sessions};

fn audit_line(addr: SocketAddr, peer: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut log = std::fs::OpenOptions::new().append(true).create(true).open("/var/log/tunnelgate/audit.log")?;
    writeln!(log, "{addr} -> {peer}")
}

pub async fn relay(
    mut stream: TcpStream,
    addr: SocketAddr,
    key: Arc<Vec<u8>>,
    peers: Arc<Vec<String>>,
    sessions: Sessions,
) -> anyhow::Result<()> {
    let mut hello = [0u8; 64];
    stream.read_exact(&mut hello).await?;
    let peer = peers.get(hello[0] as usize % peers.len().max(1)).cloned().unwrap_or_default();
    audit_line(addr, &peer)?; // EXPECT: blocking-in-async
    let country = crate::geo::country(Path::new("/var/lib/tunnelgate/geo.db"), addr.ip()).await;
    sessions.table().insert(addr, Session { country, ..Session::default() }); // OK: lock-across-await
    sessions.counters().write().opened += 1; // OK: lock-across-await

    let mut upstream = TcpStream::connect(&peer).await?;
    upstream.write_all(&key[..16]).await?;
    let mut table = sessions.inner.lock().unwrap(); // EXPECT: lock-across-await
    if let Some(session) = table.get_mut(&addr) {
        session.bytes_out += 16;
    }
    let (sent, received) = tokio::io::copy_bidirectional(&mut stream, &mut upstream).await?;
    table.remove(&addr);
    drop(table);
    let counters = sessions.counters.read(); // EXPECT: lock-across-await
    stream.shutdown().await?;
    tracing::debug!(sent, received, opened = counters.opened, "closed");
    Ok(())
}
