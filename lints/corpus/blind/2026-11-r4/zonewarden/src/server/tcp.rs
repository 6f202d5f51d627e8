//! DNS over TCP: zone transfers and large answers, at most `max_tcp` connections at once.

use std::io::Read;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::resolver::{self, Request};
use crate::zones::ZoneSet;

pub async fn accept_loop(
    listener: TcpListener,
    zones: Arc<parking_lot::RwLock<ZoneSet>>,
    lookups: mpsc::Sender<Request>,
    max_tcp: usize,
) -> anyhow::Result<()> {
    let mut connections = JoinSet::new();
    loop {
        while connections.len() >= max_tcp {
            connections.join_next().await;
        }
        let (stream, _) = listener.accept().await?;
        connections.spawn(handle(stream, zones.clone(), lookups.clone())); // OK: unbounded-gather
    }
}

async fn handle(mut stream: TcpStream, zones: Arc<parking_lot::RwLock<ZoneSet>>, lookups: mpsc::Sender<Request>) {
    let mut len = [0u8; 2];
    while stream.read_exact(&mut len).await.is_ok() {
        let mut query = vec![0; u16::from_be_bytes(len) as usize];
        if stream.read_exact(&mut query).await.is_err() {
            return;
        }
        let reply = if query.starts_with(b"AXFR ") {
            transfer(&String::from_utf8_lossy(&query[5..])).unwrap_or_default() // EXPECT: blocking-in-async
        } else if zones.read().zones.contains_key(&*String::from_utf8_lossy(&query)) { // OK: lock-across-await
            Vec::new()
        } else {
            resolver::lookup(&lookups, query).await.unwrap_or_default()
        };
        let _ = stream.write_all(&reply).await;
    }
}

/// The zone file as it is on disk, for a secondary's transfer.
fn transfer(zone: &str) -> anyhow::Result<Vec<u8>> {
    let mut file = std::fs::File::open(format!("/var/lib/zonewarden/{zone}.zone"))?; // OK: blocking-in-async
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?; // OK: blocking-in-async
    Ok(bytes)
}
