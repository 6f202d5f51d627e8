//! Signing and delivering webhooks, with retries.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinSet;
use tokio_util::task::TaskTracker;

use crate::{deadletter, stats};

#[derive(Clone)]
pub struct Delivery {
    pub event: String,
    pub endpoints: Vec<String>,
}

pub struct Dispatcher {
    http: reqwest::Client,
    in_flight: Arc<Semaphore>,
    tracker: TaskTracker,
}

impl Dispatcher {
    pub fn new() -> Self {
        Self { http: reqwest::Client::new(), in_flight: Arc::new(Semaphore::new(100)), tracker: TaskTracker::new() }
    }

    async fn post(&self, endpoint: &str, event: &str) -> bool {
        for attempt in 0..3u32 {
            match self.http.post(endpoint).body(event.to_string()).send().await {
                Ok(resp) if resp.status().is_success() => return true,
                _ => {
                    tokio::time::sleep(Duration::from_millis(200 << attempt)); // EXPECT: unawaited-future
                }
            }
        }
        false
    }

    /// Posts the event to every endpoint at once.
    pub async fn deliver_all(&self, delivery: Delivery) {
        let results = join_all(delivery.endpoints.iter().map(|endpoint| self.post(endpoint, &delivery.event))).await; // OK: unbounded-gather
        for (endpoint, ok) in delivery.endpoints.iter().zip(results) {
            stats::record(ok);
            if !ok {
                deadletter::store(endpoint, &delivery.event); // EXPECT: unawaited-future
            }
        }
    }

    pub async fn deliver_bounded(&self, delivery: Delivery) -> usize {
        let oks: Vec<bool> = stream::iter(&delivery.endpoints).map(|endpoint| self.post(endpoint, &delivery.event)).buffer_unordered(20).collect().await; // OK: unbounded-gather
        oks.into_iter().filter(|ok| *ok).count()
    }

    /// One task per endpoint, each holding a permit of the dispatcher-wide limit.
    pub async fn deliver_spawned(self: &Arc<Self>, delivery: Delivery) {
        let mut set = JoinSet::new();
        for endpoint in delivery.endpoints.clone() {
            let this = self.clone();
            let event = delivery.event.clone();
            let permit = self.in_flight.clone().acquire_owned().await.expect("semaphore open");
            set.spawn(async move { // OK: unbounded-gather, detached-spawn
                let ok = this.post(&endpoint, &event).await;
                drop(permit);
                ok
            });
        }
        set.join_all().await; // OK: unbounded-gather, unawaited-future
    }

    /// Fire-and-forget: one untracked task per endpoint.
    pub fn deliver_detached(self: &Arc<Self>, delivery: Delivery) {
        for endpoint in delivery.endpoints {
            let this = self.clone();
            let event = delivery.event.clone();
            tokio::spawn(async move { this.post(&endpoint, &event).await }); // EXPECT: detached-spawn // OK: unbounded-gather
        }
    }

    /// Tracked: shutdown waits for these.
    pub fn deliver_tracked(self: &Arc<Self>, delivery: Delivery) {
        let this = self.clone();
        self.tracker.spawn(async move { this.deliver_all(delivery).await }); // OK: detached-spawn
    }

    pub async fn ping_each(&self, endpoints: &[String]) -> Vec<bool> {
        let mut pings = Vec::new();
        for endpoint in endpoints {
            pings.push(self.post(endpoint, "ping")); // OK: unawaited-future
        }
        join_all(pings).await // EXPECT: unbounded-gather
    }

    pub async fn ping_canaries(&self) -> Vec<bool> {
        join_all(vec![self.post("https://canary-1/", "ping"), self.post("https://canary-2/", "ping")]).await // OK: unbounded-gather
    }
}

pub async fn poll_inbox(events: mpsc::Sender<Delivery>) {
    loop {
        let delivery = Delivery { event: "{}".into(), endpoints: vec!["https://example.com/hook".into()] };
        if events.send(delivery).await.is_err() { // OK: unawaited-future
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
