//! One connection's task: read commands, act on them, until the client quits.

use std::sync::Arc;

use futures::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_util::codec::{Framed, LinesCodec};

use crate::protocol::{self, Command};
use crate::rooms::{Member, Rooms};

pub async fn handle(sock: TcpStream, rooms: Arc<Rooms>, motd: String) -> anyhow::Result<()> {
    let id = sock.peer_addr()?.port() as u64;
    let mut lines = Framed::new(sock, LinesCodec::new());
    lines.send(motd).await?;
    let (tx, mut rx) = mpsc::channel::<String>(32);
    if !rooms.is_allowed(id).await {
        return Ok(());
    }
    let mut room = String::from("lobby");
    rooms.join(&room, id, Member { name: format!("p{id}"), tx: tx.clone() }).await?;
    let writer_tx = tx.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if writer_tx.send("ready".into()).await.is_err() {
            tracing::debug!("client left before ready");
        }
    });
    loop {
        tokio::select! {
            Some(out) = rx.recv() => lines.send(out).await?,
            line = lines.next() => {
                let Some(line) = line else { break };
                match protocol::parse(&line?) {
                    Some(Command::Join(name)) => {
                        room = name;
                        rooms.join_scoped(&room, id, Member { name: format!("p{id}"), tx: tx.clone() }).await?;
                    }
                    Some(Command::Say(text)) => rooms.say(&room, id, &text).await?,
                    Some(Command::Kick(ids)) => rooms.kick_many(ids).await,
                    Some(Command::Invite(json)) => rooms.invite_all(&json).await?,
                    Some(Command::Who) => rooms.who(id).await?,
                    Some(Command::Quit) | None => break,
                }
            }
        }
    }
    let rooms_for_bye = rooms.clone();
    let _ = tokio::spawn(async move { rooms_for_bye.shout(&format!("p{id} left")).await }); // EXPECT: untracked-spawn // OK: detached-spawn
    let notify = |to: u64| { let rooms = rooms.clone(); async move { rooms.whisper(to, "a player left").await } };
    notify(0); // EXPECT: unawaited-future
    Ok(())
}
