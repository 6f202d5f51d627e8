//! The lobby: players who asked for a match wait here; the matchmaker forms rooms of four by
//! rating and hands each room to its own task.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, mpsc, oneshot};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::leaderboard::Leaderboard;
use crate::protocol::ServerMessage;
use crate::room::{self, Room, Seat};

const ROOM_SIZE: usize = 4;

pub struct Waiting {
    pub player: u64,
    pub name: String,
    pub rating: u32,
    pub outbox: mpsc::Sender<ServerMessage>,
    pub seated: oneshot::Sender<Seat>,
}

#[derive(Clone)]
pub struct Lobby {
    queue: Arc<Mutex<VecDeque<Waiting>>>,
    wake: mpsc::Sender<()>,
    leaderboard: Arc<Leaderboard>,
    tracker: TaskTracker,
    shutdown: CancellationToken,
}

impl Lobby {
    pub fn new(leaderboard: Arc<Leaderboard>, tracker: TaskTracker, shutdown: CancellationToken) -> Self {
        let (wake, wakeups) = mpsc::channel(1);
        let lobby = Self { queue: Arc::new(Mutex::new(VecDeque::new())), wake, leaderboard, tracker, shutdown };
        let matchmaker = lobby.clone();
        lobby.tracker.spawn(matchmaker.run_matchmaker(wakeups)); // OK: untracked-spawn, detached-spawn
        lobby
    }

    pub async fn enqueue(&self, waiting: Waiting) {
        self.queue.lock().await.push_back(waiting);
        let _ = self.wake.try_send(());
    }

    pub async fn waiting(&self) -> usize {
        self.queue.lock().await.len()
    }

    /// Forms rooms whenever four players wait, until shutdown.
    async fn run_matchmaker(self, mut wakeups: mpsc::Receiver<()>) {
        let mut next_room = 1u64;
        loop {
            tokio::select! {
                _ = self.shutdown.cancelled() => break,
                woke = wakeups.recv() => if woke.is_none() { break },
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            }
            let mut queue = self.queue.lock().await;
            while queue.len() >= ROOM_SIZE {
                let mut players: Vec<Waiting> = queue.drain(..ROOM_SIZE).collect();
                players.sort_by_key(|p| p.rating);
                let room = Room::new(next_room, players);
                next_room += 1;
                let leaderboard = self.leaderboard.clone();
                let shutdown = self.shutdown.clone();
                self.tracker.spawn(async move { // OK: untracked-spawn, detached-spawn, unbounded-gather
                    let result = room.play(shutdown).await;
                    leaderboard.record(result).await;
                });
            }
        }
    }

    /// Kicks a player who is still waiting (admin command).
    pub async fn kick(&self, player: u64, reason: String) -> bool {
        let mut queue = self.queue.lock().await;
        let Some(at) = queue.iter().position(|w| w.player == player) else {
            return false;
        };
        let Some(kicked) = queue.remove(at) else {
            return false;
        };
        drop(queue);
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let _ = kicked.outbox.send(ServerMessage::Kicked { reason }).await;
        });
        true
    }

    /// Kicks a waiting player from the sync console thread.
    pub fn kick_from_console(&self, player: u64) -> bool {
        let mut queue = self.queue.blocking_lock(); // OK: block-on-in-async
        let before = queue.len();
        queue.retain(|w| w.player != player);
        before != queue.len()
    }

    /// A practice room with bots, started at once for one player.
    pub fn start_practice(&self, waiting: Waiting) {
        let room = room::practice_room(waiting);
        let leaderboard = self.leaderboard.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let result = room.play(CancellationToken::new()).await;
            if result.counts_for_rating {
                leaderboard.record(result).await;
            }
        });
    }
}
