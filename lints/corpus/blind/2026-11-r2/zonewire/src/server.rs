//! The listeners: UDP answered inline, TCP one task per connection, and a tiny metrics
//! endpoint.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::proto;
use crate::resolver::Resolver;

#[derive(Clone)]
pub struct Context {
    pub resolver: Arc<Resolver>,
    pub cfg: Arc<Config>,
}

pub async fn serve_udp(sock: UdpSocket, ctx: Context) -> std::io::Result<()> {
    let mut buf = vec![0u8; 1500];
    let mut window_start = Instant::now();
    let mut in_window = 0u32;
    loop {
        let (n, peer) = sock.recv_from(&mut buf).await?;
        in_window += 1;
        if ctx.cfg.max_udp_qps > 0 && in_window > ctx.cfg.max_udp_qps {
            let rest = Duration::from_secs(1).saturating_sub(window_start.elapsed());
            std::thread::sleep(rest); // EXPECT: blocking-in-async
            window_start = Instant::now();
            in_window = 0;
        }
        let reply = match handle_message(&buf[..n], &ctx).await {
            Ok(reply) => reply,
            Err(e) => {
                tracing::debug!(%peer, "bad query: {e:#}");
                continue;
            }
        };
        sock.send_to(&reply, peer).await?;
    }
}

pub async fn serve_tcp(listener: TcpListener, ctx: Context, shutdown: CancellationToken) -> std::io::Result<()> {
    loop {
        let (stream, peer) = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            accepted = listener.accept() => accepted?,
        };
        let ctx = ctx.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            if let Err(e) = handle_tcp(stream, &ctx).await {
                tracing::debug!(%peer, "tcp session ended: {e:#}");
            }
        });
    }
}

async fn handle_tcp(mut stream: TcpStream, ctx: &Context) -> anyhow::Result<()> {
    loop {
        let len = match stream.read_u16().await {
            Ok(len) => len as usize,
            Err(_) => return Ok(()),
        };
        let mut buf = vec![0u8; len];
        stream.read_exact(&mut buf).await?;
        if let Some(path) = &ctx.cfg.query_log {
            let mut log = std::fs::OpenOptions::new().create(true).append(true).open(path)?; // EXPECT: blocking-in-async
            log.write_all(&buf[..len.min(64)])?; // EXPECT: blocking-in-async
        }
        let reply = handle_message(&buf, ctx).await?;
        stream.write_u16(reply.len() as u16).await?;
        stream.write_all(&reply).await?;
    }
}

async fn handle_message(buf: &[u8], ctx: &Context) -> anyhow::Result<Vec<u8>> {
    let msg = proto::decode(buf)?;
    let answers = ctx.resolver.resolve_all(msg.questions).await;
    let answers: Vec<_> = answers.into_iter().filter_map(Result::ok).collect();
    Ok(proto::encode(msg.id, &answers))
}

/// Plain-text counters on `GET /metrics`.
pub async fn serve_metrics(listener: TcpListener, resolver: Arc<Resolver>) -> anyhow::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(write_metrics(stream, resolver.clone())); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
    }
}

async fn write_metrics(mut stream: TcpStream, resolver: Arc<Resolver>) -> std::io::Result<()> {
    let s = resolver.stats_snapshot();
    let body = format!(
        "queries {}\ncache_hits {}\nforwarded {}\nfailures {}\n",
        s.queries, s.cache_hits, s.forwarded, s.failures
    );
    let mut discard = [0u8; 1024];
    let _ = stream.read(&mut discard).await?;
    stream
        .write_all(format!("HTTP/1.0 200 OK\r\ncontent-length: {}\r\n\r\n{body}", body.len()).as_bytes())
        .await
}
