use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::forward::Forwarder;
use crate::stats::Stats;
use crate::zones::Zones;

const MAX_TCP_CLIENTS: usize = 512;

pub async fn run(cfg: Config, zones: Arc<Zones>, fwd: Arc<Forwarder>, stats: Arc<Stats>, shutdown: CancellationToken) -> anyhow::Result<()> {
    let udp = Arc::new(UdpSocket::bind(cfg.listen).await?);
    let mut workers = Vec::new();
    for _ in 0..cfg.udp_workers {
        workers.push(tokio::spawn(udp_worker(udp.clone(), zones.clone(), fwd.clone(), stats.clone()))); // OK: unbounded-gather
    }
    let listener = TcpListener::bind(cfg.listen).await?;
    let mut clients = JoinSet::new();
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => {
                let (stream, peer) = accepted?;
                while clients.len() >= MAX_TCP_CLIENTS {
                    clients.join_next().await;
                }
                clients.spawn(tcp_client(stream, peer, zones.clone(), fwd.clone())); // OK: unbounded-gather, detached-spawn, untracked-spawn
            }
        }
    }
    for worker in workers {
        worker.abort();
    }
    clients.shutdown().await;
    Ok(())
}

async fn udp_worker(sock: Arc<UdpSocket>, zones: Arc<Zones>, fwd: Arc<Forwarder>, stats: Arc<Stats>) {
    let mut buf = vec![0u8; 1500];
    while let Ok((n, peer)) = sock.recv_from(&mut buf).await {
        stats.count_query();
        let query = buf[..n].to_vec();
        let answer = match zones.lookup(&qname(&query)) {
            Some(_) => query.clone(),
            None => match fwd.forward(&query).await {
                Ok(answer) => answer,
                Err(err) => {
                    tracing::debug!(%err, %peer, "forward failed");
                    continue;
                }
            },
        };
        let _ = sock.send_to(&answer, peer).await;
    }
}

async fn tcp_client(mut stream: TcpStream, peer: SocketAddr, zones: Arc<Zones>, fwd: Arc<Forwarder>) -> anyhow::Result<()> {
    let mut len = [0u8; 2];
    stream.read_exact(&mut len).await?;
    let mut msg = vec![0u8; u16::from_be_bytes(len) as usize];
    stream.read_exact(&mut msg).await?;
    let questions = split_questions(&msg);
    let answers = if questions.len() == 1 && zones.lookup(&qname(&msg)).is_some() {
        vec![Ok(msg.clone())]
    } else {
        fwd.forward_each(questions).await
    };
    for answer in answers.into_iter().flatten() {
        stream.write_all(&(answer.len() as u16).to_be_bytes()).await?;
        stream.write_all(&answer).await?;
    }
    tracing::trace!(%peer, "tcp client done");
    Ok(())
}

fn qname(msg: &[u8]) -> String {
    String::from_utf8_lossy(msg.get(12..).unwrap_or_default()).into_owned()
}

fn split_questions(msg: &[u8]) -> Vec<Vec<u8>> {
    msg.get(12..).map(|rest| rest.split(|b| *b == 0).map(<[u8]>::to_vec).collect()).unwrap_or_default()
}
