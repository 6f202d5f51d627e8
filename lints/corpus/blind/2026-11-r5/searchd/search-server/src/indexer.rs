//! The index actor: answers counts and commits for the handlers.

use tokio::sync::mpsc;

use crate::state::{AppState, IndexRequest};

pub async fn run(state: AppState, mut inbox: mpsc::Receiver<IndexRequest>) {
    while let Some(request) = inbox.recv().await {
        let state = state.clone();
        tokio::spawn(async move { // OK: unbounded-gather, detached-spawn // EXPECT: untracked-spawn
            match request {
                IndexRequest::Count { term, reply } => {
                    let _ = reply.send(term.len());
                }
                IndexRequest::Commit { reply } => {
                    let _ = reply.send(state.index.commit().await);
                }
            }
        });
    }
}
