use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::{Semaphore, mpsc};
use tokio_stream::wrappers::ReceiverStream;

use crate::ledger::Posting;

/// Sends each posting to every subscriber.
pub async fn fan_out(rx: mpsc::Receiver<Posting>, subscribers: Vec<String>) {
    let client = reqwest::Client::new();
    let mut events = ReceiverStream::new(rx);
    let limit = Arc::new(Semaphore::new(32));
    while let Some(posting) = events.next().await {
        for sub in &subscribers {
            let permit = limit.clone().acquire_owned().await.expect("semaphore closed");
            let client = client.clone();
            let body = serde_json::to_string(&posting).unwrap_or_default();
            let url = sub.clone();
            tokio::spawn(async move { // OK: unbounded-gather // EXPECT: untracked-spawn // OK: detached-spawn
                let _permit = permit;
                if let Err(err) = client.post(url).body(body).send().await {
                    tracing::warn!(%err, "push failed");
                }
            });
        }
    }
}

/// Forwards events to an audit sink, one task per event.
pub async fn audit(rx: mpsc::Receiver<Posting>, sink: Arc<dyn Fn(Posting) + Send + Sync>) {
    let mut events = ReceiverStream::new(rx);
    while let Some(posting) = events.next().await {
        let sink = sink.clone();
        let _ = tokio::spawn(async move { sink(posting); }); // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
    }
}

pub fn run_detached<F>(fut: F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    tokio::spawn(fut); // EXPECT: untracked-spawn // OK: detached-spawn
}
