//! The data path: accept a client, pick an upstream, copy bytes both ways until either side closes.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::sockopts;
use crate::upstream::UpstreamPool;

pub async fn run_listener(
    listener: TcpListener,
    pool: Arc<UpstreamPool>,
    shutdown: CancellationToken,
) -> io::Result<()> {
    let local = listener.local_addr()?;
    tracing::info!(%local, "listening");
    loop {
        let (sock, peer) = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            accepted = listener.accept() => accepted?,
        };
        sockopts::tune(&sock)?;
        tokio::spawn(proxy_conn(sock, peer, pool.clone())); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
    }
}

/// Same as [`run_listener`], for the legacy plaintext port; every connection logs its own outcome.
pub async fn run_legacy_listener(listener: TcpListener, pool: Arc<UpstreamPool>) {
    while let Ok((sock, peer)) = listener.accept().await {
        let pool = pool.clone();
        let span = tracing::info_span!("conn", %peer);
        tokio::spawn( // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            async move {
                match proxy_conn(sock, peer, pool).await {
                    Ok((up, down)) => tracing::debug!(up, down, "closed"),
                    Err(e) => tracing::warn!(error = %e, "proxying failed"),
                }
            }
            .instrument(span),
        );
    }
}

async fn proxy_conn(mut inbound: TcpStream, peer: SocketAddr, pool: Arc<UpstreamPool>) -> io::Result<(u64, u64)> {
    let target = pool
        .pick()
        .ok_or_else(|| io::Error::other(format!("no healthy upstream for {peer}")))?;
    let mut outbound = TcpStream::connect(target).await?;
    sockopts::tune(&outbound)?;
    tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn echo_server() -> SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
            loop {
                let (mut s, _) = listener.accept().await.unwrap();
                tokio::spawn(async move { // OK: detached-spawn, untracked-spawn, unbounded-gather
                    let mut buf = [0u8; 1024];
                    let n = s.read(&mut buf).await?;
                    s.write_all(&buf[..n]).await?;
                    Ok::<_, io::Error>(())
                });
            }
        });
        addr
    }

    #[tokio::test]
    async fn bytes_reach_the_upstream() {
        let upstream = echo_server().await;
        let pool = Arc::new(UpstreamPool::from_config(&[]));
        pool.set_health("echo", Some(upstream), true);
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let front = listener.local_addr().unwrap();
        tokio::spawn(run_listener(listener, pool, CancellationToken::new())); // OK: detached-spawn, untracked-spawn
        let mut c = TcpStream::connect(front).await.unwrap();
        c.write_all(b"ping").await.unwrap();
        let mut buf = [0u8; 4];
        c.read_exact(&mut buf).await.unwrap();
        assert_eq!(&buf, b"ping");
    }
}
