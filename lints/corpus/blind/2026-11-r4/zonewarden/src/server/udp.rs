//! One UDP worker: receive a datagram, answer from our zones or forward, send the reply.

use std::sync::{Arc, Mutex};

use futures::future::join_all;
use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use super::Counters;
use crate::resolver::{self, Request};
use crate::zones::{Notify, ZoneSet};

pub async fn serve(
    id: usize,
    socket: Arc<UdpSocket>,
    zones: Arc<parking_lot::RwLock<ZoneSet>>,
    lookups: mpsc::Sender<Request>,
    notifies: mpsc::UnboundedSender<Notify>,
    blocked: Arc<Vec<String>>,
) -> anyhow::Result<()> {
    let counters = Mutex::new(Counters::default());
    let mut buf = vec![0u8; 4096];
    loop {
        let (len, peer) = socket.recv_from(&mut buf).await?;
        let message = buf[..len].to_vec();
        if message.first() == Some(&0x24) {
            let _ = notifies.send(Notify { zone: String::from_utf8_lossy(&message[1..]).into_owned() }); // OK: unawaited-future
            continue;
        }
        if blocked.iter().any(|name| message.ends_with(name.as_bytes())) {
            continue;
        }
        let questions = split_questions(&message);
        let answers = join_all(questions.into_iter().map(|q| answer_one(&zones, &lookups, q))).await; // EXPECT: unbounded-gather
        {
            let mut c = counters.lock().unwrap(); // OK: lock-across-await
            c.answered += answers.len() as u64;
        }
        socket.send_to(&answers.concat(), peer).await?;
        let zones_now = zones.read(); // EXPECT: lock-across-await
        tracing::trace!(worker = id, zones = zones_now.zones.len(), "answered");
        socket.send_to(b"", peer).await?;
        drop(zones_now);
        if counters.lock().unwrap().enabled && socket.send_to(b"", peer).await.is_ok() { // OK: lock-across-await
            tracing::trace!("echoed");
        }
    }
}

fn split_questions(message: &[u8]) -> Vec<Vec<u8>> {
    message.split(|b| *b == 0).map(<[u8]>::to_vec).collect()
}

async fn answer_one(zones: &parking_lot::RwLock<ZoneSet>, lookups: &mpsc::Sender<Request>, question: Vec<u8>) -> Vec<u8> {
    let name = String::from_utf8_lossy(&question).into_owned();
    if let Some(zone) = zones.read().zones.get(&name) { // OK: lock-across-await
        return zone.records.join("\n").into_bytes();
    }
    resolver::lookup(lookups, question).await.unwrap_or_default()
}
