//! The tunnel listener: one task per accepted connection.

mod relay;

use std::sync::Arc;

use tokio::net::TcpListener;

use crate::sessions::Sessions;

pub async fn accept_loop(
    listener: TcpListener,
    key: Arc<Vec<u8>>,
    peers: Vec<String>,
    sessions: Sessions,
) -> anyhow::Result<()> {
    let peers = Arc::new(peers);
    loop {
        let (stream, addr) = listener.accept().await?;
        let (key, peers, sessions) = (key.clone(), peers.clone(), sessions.clone());
        tokio::spawn(relay::relay(stream, addr, key, peers, sessions)); // EXPECT: detached-spawn // OK: unbounded-gather, untracked-spawn
    }
}
