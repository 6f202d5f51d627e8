//! The state actor: one task owns the map; everyone else talks to it through `StoreHandle`
//! (request over an mpsc channel, reply over a oneshot).

use std::collections::BTreeMap;

use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::task::JoinHandle;

pub type State = BTreeMap<String, Entry>;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub value: String,
    pub version: u64,
    pub origin: String,
}

#[derive(Debug, Clone)]
pub enum Event {
    Changed(String),
    Removed(String),
}

enum Command {
    Get { key: String, reply: oneshot::Sender<Option<Entry>> },
    Put { key: String, entry: Entry, reply: oneshot::Sender<bool> },
    Remove { key: String },
    Snapshot { reply: oneshot::Sender<State> },
}

#[derive(Clone)]
pub struct StoreHandle {
    tx: mpsc::Sender<Command>,
    events: broadcast::Sender<Event>,
}

pub fn spawn(initial: State) -> (StoreHandle, JoinHandle<()>) {
    let (tx, rx) = mpsc::channel(256);
    let (events, _) = broadcast::channel(1024);
    let task = tokio::spawn(run(initial, rx, events.clone())); // OK: detached-spawn, untracked-spawn
    (StoreHandle { tx, events }, task)
}

async fn run(mut state: State, mut rx: mpsc::Receiver<Command>, events: broadcast::Sender<Event>) {
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Get { key, reply } => {
                let _ = reply.send(state.get(&key).cloned()); // OK: unawaited-future
            }
            Command::Put { key, entry, reply } => {
                let newer = state.get(&key).map_or(true, |old| old.version < entry.version);
                if newer {
                    state.insert(key.clone(), entry);
                    let _ = events.send(Event::Changed(key)); // OK: unawaited-future
                }
                let _ = reply.send(newer); // OK: unawaited-future
            }
            Command::Remove { key } => {
                if state.remove(&key).is_some() {
                    let _ = events.send(Event::Removed(key)); // OK: unawaited-future
                }
            }
            Command::Snapshot { reply } => {
                let _ = reply.send(state.clone());
            }
        }
    }
}

impl StoreHandle {
    pub async fn get(&self, key: &str) -> Option<Entry> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Command::Get { key: key.to_string(), reply }).await.ok()?;
        rx.await.ok().flatten()
    }

    pub async fn put(&self, key: String, entry: Entry) -> bool {
        let (reply, rx) = oneshot::channel();
        if self.tx.send(Command::Put { key, entry, reply }).await.is_err() {
            return false;
        }
        rx.await.unwrap_or(false)
    }

    /// Removal needs no answer.
    pub async fn remove(&self, key: &str) {
        self.tx.send(Command::Remove { key: key.to_string() }); // EXPECT: unawaited-future
    }

    pub async fn snapshot(&self) -> State {
        let (reply, rx) = oneshot::channel();
        let _ = self.tx.send(Command::Snapshot { reply }); // EXPECT: unawaited-future
        rx.await.unwrap_or_default()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// For the IPC thread, which is a plain OS thread.
    pub fn get_blocking(&self, key: &str) -> Option<Entry> {
        let (reply, rx) = oneshot::channel();
        self.tx.blocking_send(Command::Get { key: key.to_string(), reply }).ok()?; // OK: block-on-in-async
        rx.blocking_recv().ok().flatten() // OK: block-on-in-async
    }

    pub fn snapshot_blocking(&self) -> State {
        let (reply, rx) = oneshot::channel();
        if self.tx.blocking_send(Command::Snapshot { reply }).is_err() { // OK: block-on-in-async
            return State::new();
        }
        rx.blocking_recv().unwrap_or_default()
    }
}
