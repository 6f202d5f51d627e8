//! The resolver actor: answers lookups for names outside our zones by asking the configured
//! upstreams. Each caller sends a `Lookup` with a oneshot and waits for its answer.

use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::net::UdpSocket;
use tokio::sync::{mpsc, oneshot};

pub type Answer = anyhow::Result<Vec<u8>>;

pub enum Request {
    Lookup { query: Vec<u8>, reply: oneshot::Sender<Answer> },
    Flush { reply: oneshot::Sender<usize> },
}

pub async fn run(upstreams: Vec<String>, mut requests: mpsc::Receiver<Request>) {
    while let Some(request) = requests.recv().await {
        match request {
            Request::Lookup { query, reply } => {
                let upstreams = upstreams.clone();
                tokio::spawn(async move { // OK: unbounded-gather // EXPECT: untracked-spawn
                    let _ = reply.send(race(&upstreams, &query).await);
                });
            }
            Request::Flush { reply } => {
                let _ = reply.send(0);
            }
        }
    }
}

/// Ask every configured upstream at once and keep the first answer.
async fn race(upstreams: &[String], query: &[u8]) -> Answer {
    let mut pending: FuturesUnordered<_> = upstreams.iter().map(|u| ask(u, query)).collect(); // OK: unbounded-gather
    let mut last = None;
    while let Some(answer) = pending.next().await {
        match answer {
            Ok(bytes) => return Ok(bytes),
            Err(err) => last = Some(err),
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("no upstream configured")))
}

async fn ask(upstream: &str, query: &[u8]) -> Answer {
    let socket = UdpSocket::bind("0.0.0.0:0").await?;
    socket.send_to(query, upstream).await?;
    let mut buf = vec![0; 4096];
    let (len, _) = tokio::time::timeout(Duration::from_secs(2), socket.recv_from(&mut buf)).await??;
    buf.truncate(len);
    Ok(buf)
}

/// Ask the actor, as the UDP and TCP servers do.
pub async fn lookup(actor: &mpsc::Sender<Request>, query: Vec<u8>) -> Answer {
    let (reply, answer) = oneshot::channel();
    actor.send(Request::Lookup { query, reply }).await?;
    answer.await?
}
