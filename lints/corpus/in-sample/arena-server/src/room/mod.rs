//! A room: four seats, a simulation thread that owns the game state, and the async side that
//! feeds it inputs, fans its snapshots out to the players, and ends the match.

mod sim;

use std::time::Duration;

use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use crate::lobby::Waiting;
use crate::protocol::ServerMessage;

pub use sim::{Input, Snapshot};

/// What a player gets when seated: where to send inputs, where snapshots come from.
pub struct Seat {
    pub room: u64,
    pub slot: usize,
    pub inputs: mpsc::Sender<Input>,
    pub snapshots: broadcast::Receiver<Snapshot>,
}

pub struct MatchResult {
    pub room: u64,
    pub scores: Vec<(u64, u32)>,
    pub counts_for_rating: bool,
}

pub struct Room {
    id: u64,
    players: Vec<Waiting>,
    bots: usize,
}

impl Room {
    pub fn new(id: u64, players: Vec<Waiting>) -> Self {
        Self { id, players, bots: 0 }
    }

    /// Runs the match to its end (or shutdown) and returns the scores.
    pub async fn play(self, shutdown: CancellationToken) -> MatchResult {
        let (inputs_tx, inputs_rx) = mpsc::channel::<Input>(256);
        let (snapshots_tx, _) = broadcast::channel::<Snapshot>(64);
        let (done_tx, done_rx) = oneshot::channel::<Vec<(u64, u32)>>();
        let player_ids: Vec<u64> = self.players.iter().map(|p| p.player).collect();
        let sim_snapshots = snapshots_tx.clone();
        let sim = std::thread::Builder::new()
            .name(format!("room-{}", self.id))
            .spawn(move || sim::run(player_ids, inputs_rx, sim_snapshots, done_tx)); // OK: block-on-in-async, blocking-in-async
        if let Err(e) = sim {
            tracing::error!(room = self.id, error = %e, "no simulation thread");
            return MatchResult { room: self.id, scores: Vec::new(), counts_for_rating: false };
        }
        for (slot, waiting) in self.players.into_iter().enumerate() {
            let seat = Seat { room: self.id, slot, inputs: inputs_tx.clone(), snapshots: snapshots_tx.subscribe() };
            let _ = waiting.outbox.send(ServerMessage::Matched { room: self.id, slot }).await;
            let _ = waiting.seated.send(seat); // OK: unawaited-future
        }
        drop(inputs_tx);
        let scores = tokio::select! {
            _ = shutdown.cancelled() => Vec::new(),
            _ = tokio::time::sleep(Duration::from_secs(600)) => Vec::new(),
            scores = done_rx => scores.unwrap_or_default(),
        };
        MatchResult { room: self.id, scores, counts_for_rating: self.bots == 0 }
    }
}

/// A room of one player and three bots.
pub fn practice_room(waiting: Waiting) -> Room {
    Room { id: 0, players: vec![waiting], bots: 3 }
}

/// Relays a room's snapshots to one player's socket writer until either side goes away.
pub fn relay_snapshots(mut snapshots: broadcast::Receiver<Snapshot>, outbox: mpsc::Sender<ServerMessage>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        loop {
            let snapshot = match snapshots.recv().await {
                Ok(snapshot) => snapshot,
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => break,
            };
            let message = ServerMessage::State { tick: snapshot.tick, positions: snapshot.positions };
            if outbox.send(message).await.is_err() {
                break;
            }
        }
    });
}
