//! Reads events from the inbox and delivers each to every subscribed endpoint.

mod deadletter;
mod delivery;
mod stats;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::delivery::{Delivery, Dispatcher};

#[tokio::main]
async fn main() {
    let dispatcher = Arc::new(Dispatcher::new());
    let (events, mut inbox) = mpsc::channel::<Delivery>(1024);
    tokio::spawn(stats::report_every(Duration::from_secs(10))); // EXPECT: detached-spawn
    tokio::task::spawn(deadletter::replay_forever(dispatcher.clone())); // EXPECT: detached-spawn
    let producer = tokio::spawn(delivery::poll_inbox(events)); // OK: detached-spawn
    while let Some(delivery) = inbox.recv().await {
        let dispatcher = dispatcher.clone();
        dispatcher.deliver_all(delivery).await;
    }
    producer.await.ok();
    stats::flush(); // EXPECT: unawaited-future
    deadletter::close_store(); // EXPECT: unawaited-future
}
