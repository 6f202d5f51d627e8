//! Chat history: replaying a room's saved log to a new member, and saving snapshots.

use std::sync::Arc;

use futures::future::join_all;

use crate::rooms::Rooms;

pub async fn replay(rooms: Arc<Rooms>, to: u64, room: &str) -> anyhow::Result<()> {
    let text = tokio::fs::read_to_string(format!("/var/lib/lobby/history/{room}.log")).await?;
    join_all(text.lines().map(|line| rooms.whisper(to, line))).await; // EXPECT: unbounded-gather
    Ok(())
}

async fn save_snapshot(room: String, lines: Vec<String>) -> anyhow::Result<()> {
    tokio::fs::write(format!("/var/lib/lobby/history/{room}.log"), lines.join("\n")).await?;
    Ok(())
}

pub fn snapshot_in_background(room: String, lines: Vec<String>) {
    let _ = tokio::spawn(save_snapshot(room, lines)); // EXPECT: detached-spawn // OK: untracked-spawn
}

pub fn snapshot_on(handle: &tokio::runtime::Handle, room: String, lines: Vec<String>) {
    handle.spawn(save_snapshot(room, lines)); // EXPECT: detached-spawn // OK: untracked-spawn
}

pub async fn save_all(rooms: Vec<(String, Vec<String>)>) -> anyhow::Result<()> {
    let mut set = tokio::task::JoinSet::new();
    for (room, lines) in rooms {
        while set.len() >= 8 {
            set.join_next().await;
        }
        set.spawn(save_snapshot(room, lines)); // OK: unbounded-gather, detached-spawn, untracked-spawn
    }
    while set.join_next().await.is_some() {}
    Ok(())
}

pub async fn archive(rooms: Vec<String>) -> anyhow::Result<()> {
    let saver = tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        for room in &rooms {
            tokio::fs::copy(format!("/var/lib/lobby/history/{room}.log"), format!("/var/lib/lobby/archive/{room}.log")).await?;
        }
        Ok::<_, std::io::Error>(rooms.len())
    });
    tracing::info!("archiving started");
    Ok(())
}
