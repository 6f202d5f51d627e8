mod presence;
mod protocol;
mod registry;
mod room;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use presence::{PresenceCommand, PresenceTracker};
use protocol::ServerEvent;
use registry::Registry;
use room::Member;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let registry = Arc::new(Registry::new(1_000));
    let (online_tx, mut online_rx) = mpsc::channel(128);
    let (offline_tx, mut offline_rx) = mpsc::channel(128);
    let mut presence = PresenceTracker::new(online_tx, offline_tx);

    let (count_tx, mut count_rx) = mpsc::channel::<usize>(8);
    presence.start_reporter(Duration::from_secs(10), count_tx);

    // Two scripted clients standing in for websocket connections.
    let (alice_tx, mut alice_rx) = mpsc::channel::<ServerEvent>(32);
    let (bob_tx, mut bob_rx) = mpsc::channel::<ServerEvent>(32);
    registry.enter_lobby(alice_tx.clone());

    let room = registry.create_room("general", Member::new(1, alice_tx)).await?;
    registry.join(room, Member::new(2, bob_tx)).await?;
    presence.handle(PresenceCommand::Ping(1)).await?;
    presence.heartbeat(2).await?;

    registry.relay(room, 1, "hello bob".into()).await?;
    registry.broadcast(room, 2, "hi alice".into()).await?;
    registry.refresh_snapshot();

    let (snap_tx, mut snap_rx) = mpsc::channel(1);
    registry.send_snapshot(&snap_tx).await?;
    println!("snapshot: {:?}", snap_rx.recv().await);
    println!("summary: {:?}", registry.room_summary(room).await?);

    loop {
        tokio::select! {
            Some(ev) = alice_rx.recv() => println!("alice <- {ev:?}"),
            Some(ev) = bob_rx.recv() => println!("bob <- {ev:?}"),
            Some(user) = online_rx.recv() => println!("online: {user}"),
            Some(n) = count_rx.recv() => println!("{n} users online"),
            _ = tokio::time::sleep(Duration::from_millis(200)) => break,
        }
    }

    registry.leave(room, 2).await?;
    presence.handle(PresenceCommand::Disconnect(2)).await?;
    presence.handle(PresenceCommand::Sweep(Duration::from_secs(90))).await?;
    let evicted = presence.evict_stale(Duration::from_secs(90)).await?;
    while let Ok(user) = offline_rx.try_recv() {
        println!("offline: {user}");
    }

    registry.close_room(room).await?;
    let closed = registry.close_idle(Duration::from_secs(600)).await + registry.prune().await;
    println!("evicted {evicted} users, closed {closed} rooms, {} online", presence.online_count());
    println!("rooms: {:?}", registry.listing().await?);
    println!("remaining: {}", registry.room_count_after_cleanup().await);

    presence.shutdown().await;
    Ok(())
}
