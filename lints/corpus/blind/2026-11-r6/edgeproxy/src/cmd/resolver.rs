//! `edgeproxy resolver`: a split-horizon DNS resolver for the tunnel's clients. Zones are
//! loaded once at start-up, after the stats ticker is running.

use std::collections::HashMap;
use std::path::Path;

use tokio::net::UdpSocket;

use crate::metrics::{self, Stats};

pub async fn run(etc: &Path) -> anyhow::Result<()> {
    let stats = Stats::default();
    tokio::spawn(metrics::collect(stats.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let mut zones: HashMap<String, String> = HashMap::new();
    let main_zone = std::fs::read_to_string(etc.join("zones/main.zone"))?; // OK: blocking-in-async
    parse_zone(&main_zone, &mut zones);
    for entry in std::fs::read_dir(etc.join("zones.d"))? { // OK: blocking-in-async
        let text = std::fs::read_to_string(entry?.path())?; // OK: blocking-in-async
        parse_zone(&text, &mut zones);
    }
    let hosts = std::fs::read_to_string("/etc/hosts")?; // OK: blocking-in-async
    parse_zone(&hosts, &mut zones);

    let sock = UdpSocket::bind("0.0.0.0:53").await?;
    let mut buf = [0u8; 512];
    loop {
        let (len, peer) = sock.recv_from(&mut buf).await?;
        stats.conns.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = String::from_utf8_lossy(&buf[..len]).trim().to_string();
        let answer = zones.get(&name).cloned().unwrap_or_default();
        sock.send_to(answer.as_bytes(), peer).await?;
    }
}

fn parse_zone(text: &str, zones: &mut HashMap<String, String>) {
    for line in text.lines().filter(|l| !l.starts_with(';')) {
        let mut cols = line.split_whitespace();
        if let (Some(name), Some(addr)) = (cols.next(), cols.last()) {
            zones.insert(name.to_string(), addr.to_string());
        }
    }
}
