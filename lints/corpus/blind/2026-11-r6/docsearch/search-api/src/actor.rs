//! The query actor: owns the read side of the index; each query carries the sender of its reply.

use std::sync::Arc;

use search_index::doc::Hit;
use search_index::index::{Index, SegmentIndex};
use tokio::sync::{mpsc, oneshot};

pub enum Query {
    Search { text: String, reply: oneshot::Sender<anyhow::Result<Vec<Hit>>> },
}

pub async fn run(index: Arc<SegmentIndex>, mut rx: mpsc::Receiver<Query>) {
    while let Some(query) = rx.recv().await {
        match query {
            Query::Search { text, reply } => {
                let index = index.clone();
                tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
                    let _ = reply.send(index.search(&text).await);
                });
            }
        }
    }
}
