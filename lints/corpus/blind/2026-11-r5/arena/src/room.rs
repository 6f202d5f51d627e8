//! One room: its players' connections and the moves they make.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::lobby::Join;

pub struct Room {
    owner: String,
    players: Mutex<HashMap<String, tokio::sync::Mutex<TcpStream>>>,
    moves: tokio::sync::Mutex<Vec<String>>,
}

pub enum Phase {
    Lobby,
    Playing,
}

thread_local! {
    static LAST_MOVE: RefCell<String> = RefCell::new(String::new());
}

impl Room {
    pub fn new(owner: String) -> Room {
        Room { owner, players: Mutex::new(HashMap::new()), moves: tokio::sync::Mutex::new(Vec::new()) }
    }

    pub fn has(&self, player: &str) -> bool {
        self.players.lock().unwrap().contains_key(player)
    }

    pub async fn add(&self, join: Join) {
        self.players.lock().unwrap().insert(join.player, tokio::sync::Mutex::new(join.stream)); // OK: lock-across-await
        self.broadcast("someone joined").await;
    }

    pub async fn broadcast(&self, text: &str) {
        let players = self.players.lock().unwrap(); // EXPECT: lock-across-await
        for (_, stream) in players.iter() {
            let _ = stream.lock().await.write_all(text.as_bytes()).await;
        }
    }

    pub async fn kick(&self, player: &str) {
        if let Some(stream) = self.players.lock().unwrap().remove(player) { // EXPECT: lock-across-await
            let _ = stream.lock().await.shutdown().await;
        }
    }

    pub async fn kick_quietly(&self, player: &str) {
        let removed = self.players.lock().unwrap().remove(player); // OK: lock-across-await
        if let Some(stream) = removed {
            let _ = stream.lock().await.shutdown().await;
        }
    }

    pub async fn play(&self, phase: &Mutex<Phase>, mv: String) {
        match *phase.lock().unwrap() { // EXPECT: lock-across-await
            Phase::Lobby => self.broadcast("not started").await,
            Phase::Playing => self.moves.lock().await.push(mv),
        }
        if self.players.lock().unwrap().is_empty() || self.idle().await { // OK: lock-across-await
            self.kick(&self.owner); // EXPECT: unawaited-future
        }
        let mut moves = self.moves.lock().await; // OK: lock-across-await
        moves.dedup();
        self.broadcast(&format!("{} moves", moves.len())).await;
        tokio::time::sleep(Duration::from_millis(50)); // EXPECT: unawaited-future
        let players = self.players.lock().unwrap(); // OK: lock-across-await
        let names: Vec<&String> = players.keys().collect();
        tracing::debug!(?names, "played");
        drop(players);
        LAST_MOVE.with(|m| m.borrow_mut().clear()); // OK: lock-across-await
    }

    pub async fn idle(&self) -> bool {
        self.moves.lock().await.is_empty()
    }

    pub fn flush_later(&self) -> impl std::future::Future<Output = ()> + '_ {
        self.broadcast("flush") // OK: unawaited-future
    }

    pub async fn kick_all(&self, players: Vec<String>) {
        let mut kicks = Vec::new();
        for player in players.iter().take(16) {
            kicks.push(self.kick(player)); // OK: unawaited-future, unbounded-gather
        }
        futures::future::join_all(kicks).await;
        let mut names = self.players.lock().unwrap().keys().cloned().collect::<Vec<_>>(); // OK: lock-across-await
        names.retain(|n| n != &self.owner);
        let _ = tokio::fs::write("/tmp/arena-kicked", names.join("\n")); // EXPECT: unawaited-future
    }
}
