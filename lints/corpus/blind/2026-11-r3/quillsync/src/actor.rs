use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use crate::backend::Backend;

pub enum Request {
    Put { path: String, body: Vec<u8>, reply: oneshot::Sender<anyhow::Result<u64>> },
    Get { path: String, reply: oneshot::Sender<Option<Vec<u8>>> },
    Snapshot { reply: oneshot::Sender<HashMap<String, Vec<u8>>> },
}

#[derive(Clone)]
pub struct Handle {
    tx: mpsc::Sender<Request>,
}

pub struct State {
    notes: HashMap<String, Vec<u8>>,
    version: u64,
    backend: Arc<dyn Backend>,
    rx: mpsc::Receiver<Request>,
}

impl State {
    pub fn new(backend: Arc<dyn Backend>) -> (State, Handle) {
        let (tx, rx) = mpsc::channel(64);
        (State { notes: HashMap::new(), version: 0, backend, rx }, Handle { tx })
    }

    pub async fn run(mut self, shutdown: CancellationToken) {
        loop {
            let req = tokio::select! {
                _ = shutdown.cancelled() => break,
                req = self.rx.recv() => match req { Some(req) => req, None => break },
            };
            match req {
                Request::Put { path, body, reply } => {
                    self.version += 1;
                    self.backend.upload(&path, &body); // EXPECT: unawaited-future
                    self.notes.insert(path, body); // OK: unawaited-future
                    let _ = reply.send(Ok(self.version)); // OK: unawaited-future
                }
                Request::Get { path, reply } => {
                    let _ = reply.send(self.notes.get(&path).cloned()); // OK: unawaited-future
                }
                Request::Snapshot { reply } => {
                    let _ = reply.send(self.notes.clone());
                }
            }
        }
        self.backend.flush(); // EXPECT: unawaited-future
    }
}

impl Handle {
    pub async fn put(&self, path: String, body: Vec<u8>) -> anyhow::Result<u64> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Request::Put { path, body, reply }).await?;
        rx.await?
    }

    pub async fn get(&self, path: String) -> Option<Vec<u8>> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Request::Get { path, reply }).await.ok()?;
        rx.await.ok()?
    }

    pub async fn snapshot(&self) -> HashMap<String, Vec<u8>> {
        let (reply, rx) = oneshot::channel();
        let _ = self.tx.send(Request::Snapshot { reply }); // EXPECT: unawaited-future
        rx.await.unwrap_or_default()
    }

    /// For the sync file-watcher thread.
    pub fn put_from_thread(&self, path: String, body: Vec<u8>) {
        let (reply, _rx) = oneshot::channel();
        let _ = self.tx.blocking_send(Request::Put { path, body, reply }); // OK: block-on-in-async
    }

    pub fn try_put(&self, path: String, body: Vec<u8>) -> bool {
        let (reply, _rx) = oneshot::channel();
        self.tx.try_send(Request::Put { path, body, reply }).is_ok() // OK: unawaited-future
    }
}
