//! Dead letters: deliveries that failed every retry, stored for replay.

use std::sync::Arc;
use std::time::Duration;

use crate::delivery::{Delivery, Dispatcher};

pub async fn store(endpoint: &str, event: &str) {
    let line = format!("{endpoint}\t{event}\n");
    let _ = tokio::fs::write(format!("deadletter/{}.tsv", endpoint.len()), line).await;
}

pub async fn close_store() {
    tracing::info!("dead-letter store closed");
}

/// Before a replay: pings the endpoints that failed, and counts those that answer again.
pub async fn ping_failed(dispatcher: &Dispatcher) -> usize {
    let Ok(text) = tokio::fs::read_to_string("deadletter/replay.tsv").await else { return 0 };
    let endpoints: Vec<String> = text.lines().filter_map(|line| line.split_once('\t')).map(|(endpoint, _)| endpoint.to_string()).collect();
    dispatcher.ping_each(&endpoints).await.into_iter().filter(|up| *up).count()
}

pub async fn replay_forever(dispatcher: Arc<Dispatcher>) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await;
        let Ok(text) = tokio::fs::read_to_string("deadletter/replay.tsv").await else { continue };
        for line in text.lines() {
            let Some((endpoint, event)) = line.split_once('\t') else { continue };
            let delivery = Delivery { event: event.to_string(), endpoints: vec![endpoint.to_string()] };
            let retry = dispatcher.deliver_bounded(delivery); // EXPECT: unawaited-future
            tokio::task::yield_now().await;
        }
        std::fs::remove_file("deadletter/replay.tsv").ok(); // OK: blocking-in-async
    }
}
