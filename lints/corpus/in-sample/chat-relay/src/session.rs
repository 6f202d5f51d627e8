//! One websocket session: reads messages from the client, relays them to the room.

use std::sync::Arc;

use futures::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use crate::moderation::{AuditLog, RemoteAudit, contains_slur};
use crate::room::Rooms;

pub async fn reject(stream: TcpStream) {
    drop(stream);
}

pub async fn serve(stream: TcpStream, rooms: Arc<Rooms>) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut source) = ws.split();
    let (outbox, mut inbox) = mpsc::channel::<String>(256);
    rooms.join("lobby", outbox).await;
    let audit = AuditLog;
    let remote = RemoteAudit { endpoint: "https://audit.internal".into() };
    let writer = tokio::spawn(async move { // OK: detached-spawn
        while let Some(text) = inbox.recv().await {
            if sink.send(text.into()).await.is_err() {
                break;
            }
        }
    });
    while let Some(Ok(message)) = source.next().await {
        let text = message.to_text().unwrap_or_default().to_string();
        if contains_slur(&text) { // OK: blocking-in-async
            audit.log("blocked message"); // OK: unawaited-future
            remote.log("blocked message").await; // OK: unawaited-future
            remote.escalate(&text); // EXPECT: unawaited-future
            continue;
        }
        rooms.broadcast("lobby", &text).await;
    }
    writer.abort();
}

pub async fn typing_indicator(rooms: Arc<Rooms>, room: String) {
    let count = rooms.member_count(&room); // EXPECT: unawaited-future
    let _ = rooms.broadcast(&room, "someone is typing"); // EXPECT: unawaited-future
}
