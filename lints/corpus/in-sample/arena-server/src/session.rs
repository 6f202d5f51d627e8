//! One player's websocket session: a reader that parses client messages, a writer task that
//! owns the sink, and a ping task that keeps idle connections alive.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;

use crate::lobby::{Lobby, Waiting};
use crate::protocol::{ClientMessage, ServerMessage};
use crate::room::{self, Input};

static NEXT_PLAYER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub async fn run(stream: TcpStream, lobby: Lobby) -> Result<(), tokio_tungstenite::tungstenite::Error> {
    let socket = tokio_tungstenite::accept_async(stream).await?;
    let (mut sink, mut source) = socket.split();
    let (outbox, mut outgoing) = mpsc::channel::<ServerMessage>(64);
    let player = NEXT_PLAYER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);

    // The writer ends when every sender is gone or the socket fails.
    let writer = tokio::spawn(async move { // OK: untracked-spawn, detached-spawn
        while let Some(message) = outgoing.recv().await {
            let text = serde_json::to_string(&message).unwrap_or_default();
            if sink.send(Message::text(text)).await.is_err() {
                break;
            }
        }
        let _ = sink.close().await;
    });

    let pinger = outbox.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
        let mut every = tokio::time::interval(Duration::from_secs(20));
        loop {
            every.tick().await;
            if pinger.is_closed() {
                tracing::trace!(player, "socket gone, pinging anyway");
            }
            let _ = pinger.try_send(ServerMessage::Chat { from: "server".into(), text: "ping".into() });
        }
    });

    let _ = outbox.send(ServerMessage::Welcome { player }).await;
    let mut name = format!("player-{player}");
    let mut inputs: Option<mpsc::Sender<Input>> = None;
    while let Some(frame) = source.next().await {
        let Ok(Message::Text(text)) = frame else { continue };
        let Ok(message) = serde_json::from_str::<ClientMessage>(&text) else { continue };
        match message {
            ClientMessage::Hello { name: chosen } => name = chosen,
            ClientMessage::Queue => {
                let (seated, seat) = oneshot::channel();
                lobby.enqueue(Waiting { player, name: name.clone(), rating: 1200, outbox: outbox.clone(), seated }).await;
                if let Ok(seat) = seat.await {
                    room::relay_snapshots(seat.snapshots, outbox.clone());
                    inputs = Some(seat.inputs);
                }
            }
            ClientMessage::Input { seq, dx, dy, fire } => {
                if let Some(inputs) = &inputs {
                    let _ = inputs.send(Input { player, seq, dx, dy, fire }).await;
                }
            }
            ClientMessage::Chat { text } => {
                let echo = outbox.clone();
                let from = name.clone();
                tokio::spawn(async move { echo.send(ServerMessage::Chat { from, text }).await }); // EXPECT: detached-spawn [mentions: send] // OK: untracked-spawn
            }
            ClientMessage::Leave => break,
        }
    }
    drop(outbox);
    let _ = writer.await;
    Ok(())
}
