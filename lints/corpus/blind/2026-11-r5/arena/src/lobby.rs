//! The lobby: players waiting for a room, and the actor that answers room queries.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use futures::future::join_all;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};

use crate::room::Room;
use crate::Config;

pub struct Join {
    pub player: String,
    pub stream: TcpStream,
}

pub enum Query {
    RoomOf { player: String, reply: oneshot::Sender<Option<u32>> },
}

pub struct Lobby {
    config: Arc<Config>,
    joins: mpsc::Sender<Join>,
    rooms: Mutex<HashMap<u32, Arc<Room>>>,
    scores: parking_lot::Mutex<HashMap<String, u32>>,
    queries: mpsc::Sender<(Query, oneshot::Sender<()>)>,
}

impl Lobby {
    pub fn new(config: Arc<Config>) -> (Lobby, mpsc::Receiver<Join>) {
        let (joins, rx) = mpsc::channel(128);
        let (queries, _) = mpsc::channel(16);
        let lobby = Lobby {
            config,
            joins,
            rooms: Mutex::new(HashMap::new()),
            scores: parking_lot::Mutex::new(HashMap::new()),
            queries,
        };
        (lobby, rx)
    }

    pub async fn welcome(&self, mut stream: TcpStream) -> anyhow::Result<()> {
        stream.write_all(b"name?\n").await?;
        let player = format!("p{}", stream.peer_addr()?.port());
        self.joins.send(Join { player, stream }); // EXPECT: unawaited-future
        Ok(())
    }

    pub async fn save_scores(&self) -> anyhow::Result<()> {
        let text = serde_json::to_string(&*self.scores.lock())?; // OK: lock-across-await
        tokio::fs::write(&self.config.score_file, text).await?;
        Ok(())
    }

    pub async fn announce(&self, text: &str) {
        let rooms = self.rooms.lock().unwrap(); // EXPECT: lock-across-await
        for room in rooms.values() {
            room.broadcast(text).await;
        }
    }

    pub async fn announce_scoped(&self, text: &str) {
        let rooms: Vec<Arc<Room>> = {
            let rooms = self.rooms.lock().unwrap(); // OK: lock-across-await
            rooms.values().cloned().collect()
        };
        for room in &rooms {
            room.broadcast(text).await;
        }
        self.save_scores(); // EXPECT: unawaited-future
    }

    pub async fn ping_regions(&self) -> usize {
        let pings = join_all(self.config.regions.iter().map(|r| ping(r))).await; // OK: unbounded-gather
        pings.into_iter().filter(|ok| *ok).count()
    }

    pub async fn report_scores(&self, out: mpsc::Sender<String>) -> anyhow::Result<()> {
        out.send(serde_json::to_string(&*self.scores.lock())?).await?; // EXPECT: lock-across-await
        let best = self.scores.lock().values().max().copied(); // OK: lock-across-await
        out.send(format!("{best:?}")).await?;
        Ok(())
    }

    pub async fn room_of(&self, player: &str) -> Option<u32> {
        let (reply, answer) = oneshot::channel();
        let (done, _) = oneshot::channel();
        self.queries.send((Query::RoomOf { player: player.to_string(), reply }, done)).await.ok()?;
        answer.await.ok().flatten()
    }
}

async fn ping(region: &str) -> bool {
    tokio::net::lookup_host(format!("{region}.arena.example:4000")).await.is_ok()
}

/// One task per join request, for as long as the lobby lives.
pub async fn match_players(lobby: Arc<Lobby>, mut joins: mpsc::Receiver<Join>) {
    while let Some(join) = joins.recv().await {
        let lobby = lobby.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn
            let room = Room::new(join.player.clone());
            room.add(join).await;
            let id = lobby.rooms.lock().unwrap().len() as u32; // OK: lock-across-await
            lobby.rooms.lock().unwrap().insert(id, Arc::new(room)); // OK: lock-across-await
        });
    }
}

/// Answers room queries; each query carries its reply sender.
pub async fn answer_queries(lobby: Arc<Lobby>, mut queries: mpsc::Receiver<(Query, oneshot::Sender<()>)>) {
    while let Some((query, done)) = queries.recv().await {
        let lobby = lobby.clone();
        tokio::spawn(async move { // OK: unbounded-gather // EXPECT: untracked-spawn
            let Query::RoomOf { player, reply } = query;
            let found = lobby.rooms.lock().unwrap().iter().find(|(_, r)| r.has(&player)).map(|(id, _)| *id); // OK: lock-across-await
            let _ = reply.send(found);
            let _ = done.send(());
        });
    }
}
