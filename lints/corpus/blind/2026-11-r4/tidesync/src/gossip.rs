//! Peer gossip: announce our generation to the configured peers forever, and serve the
//! manifests peers ask for.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot};

use crate::actor::SyncRequest;
use crate::state::SyncState;

const PEERS: [&str; 3] = ["10.0.0.2:7400", "10.0.0.3:7400", "10.0.0.4:7400"];

async fn announce(peer: &str, generation: u64) -> anyhow::Result<()> {
    let mut stream = TcpStream::connect(peer).await?;
    stream.write_all(format!("GEN {generation}\n").as_bytes()).await?;
    Ok(())
}

pub async fn announce_forever(state: Arc<SyncState>) {
    let mut ticker = tokio::time::interval(Duration::from_secs(10));
    loop {
        ticker.tick().await;
        let generation = state.bump().await;
        let results = join_all(PEERS.iter().map(|peer| announce(peer, generation))).await; // OK: unbounded-gather
        for result in results.into_iter().filter_map(Result::err) {
            tracing::debug!("announce failed: {result}");
        }
    }
}

pub async fn listen(state: Arc<SyncState>, requests: mpsc::Sender<SyncRequest>) -> anyhow::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:7400").await?;
    loop {
        let (stream, peer) = listener.accept().await?;
        let mut lines = BufReader::new(stream).lines();
        while let Some(line) = lines.next_line().await? {
            if let Some(body) = line.strip_prefix("MANIFEST ") {
                let wanted: Vec<String> = serde_json::from_str(body)?;
                let fetched = join_all(wanted.iter().map(|path| fetch_from(peer.to_string(), path.clone()))).await; // EXPECT: unbounded-gather
                tracing::info!(count = fetched.len(), "pulled manifest");
            } else if line == "SYNC" {
                let (reply, done) = oneshot::channel();
                requests.send(SyncRequest { peer: peer.to_string(), reply }).await?;
                let _ = done.await;
            } else {
                state.record(&line, Vec::new()).await?;
            }
        }
    }
}

async fn fetch_from(peer: String, path: String) -> anyhow::Result<Vec<u8>> {
    let mut stream = TcpStream::connect(&peer).await?;
    stream.write_all(format!("GET {path}\n").as_bytes()).await?;
    Ok(Vec::new())
}
