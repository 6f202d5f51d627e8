//! Crate-local networking helpers. `connect` here is async and tokio-backed; the name collides with
//! std::net's sync API on purpose of the upstream naming.
use std::time::Duration;

use tokio::net::TcpStream;

pub async fn connect(addr: &str) -> std::io::Result<TcpStream> {
    let stream = tokio::time::timeout(Duration::from_secs(3), TcpStream::connect(addr)).await??;
    stream.set_nodelay(true)?;
    Ok(stream)
}

pub async fn probe(addr: &str) -> bool {
    connect(addr).await.is_ok()
}

pub async fn warm_up(peers: &[String]) {
    for p in peers.iter().take(2) {
        probe(p); // EXPECT: unawaited-future
    }
}

pub fn resolve_blocking(host: &str) -> Vec<std::net::SocketAddr> {
    use std::net::ToSocketAddrs;
    (host, 443).to_socket_addrs().map(|it| it.collect()).unwrap_or_default()
}
