//! Test fixtures: a fake peer that acknowledges every record, and sample transfers.

use std::net::SocketAddr;

use futures::future::join_all;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

use crate::shard::Transfer;

pub async fn fake_peer() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").await;
        }
    });
    addr
}

pub async fn fake_peers(count: Vec<u8>) -> Vec<SocketAddr> {
    join_all(count.iter().map(|_| fake_peer())).await // OK: unbounded-gather
}

pub fn transfers(n: u64) -> Vec<Transfer> {
    (0..n)
        .map(|id| Transfer { id, from: format!("acct-{}", id % 7), to: format!("acct-{}", (id + 1) % 7), amount: 10 })
        .collect()
}

pub async fn submit_all(targets: Vec<String>) {
    for t in targets {
        tokio::spawn(async move { reqwest::get(t).await?; Ok::<_, reqwest::Error>(()) }); // OK: detached-spawn, untracked-spawn, unbounded-gather
    }
}
