//! `edgeproxy exit-node`: a forwarding worker drains the packet queue; the WireGuard key and
//! the NAT table load after it is running.

use std::path::Path;

use bytes::Bytes;
use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use crate::routes;

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let out = UdpSocket::bind("0.0.0.0:0").await?;
    let (tx, mut rx) = mpsc::channel::<(Bytes, String)>(1024);
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        while let Some((packet, dest)) = rx.recv().await {
            if let Err(e) = out.send_to(&packet, &dest).await {
                tracing::warn!(%dest, error = %e, "forward failed");
            }
        }
    });
    let wg_key = std::fs::read_to_string(etc.join("wg.key"))?; // EXPECT: blocking-in-async
    let nat = routes::load_dir(&etc.join("nat"))?; // EXPECT: blocking-in-async
    tracing::info!(key_len = wg_key.len(), rules = nat.by_host.len(), "exit node up");

    let inbound = UdpSocket::bind("0.0.0.0:51820").await?;
    let mut buf = vec![0u8; 65536];
    loop {
        let (len, _peer) = inbound.recv_from(&mut buf).await?;
        let dest = nat.by_host.values().next().cloned().unwrap_or_default();
        tx.send((Bytes::copy_from_slice(&buf[..len]), dest)).await?;
    }
}
