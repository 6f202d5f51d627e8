//! The worker: a fixed pool of claim loops, a control channel the admin socket talks to, and
//! the event fan-out to subscribers.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Semaphore, mpsc, oneshot};
use tokio::task::JoinSet;

use crate::Queue;
use crate::handlers::{self, thumbnail::Thumbnail, webhook::Webhook};

pub struct WorkerConfig {
    pub concurrency: usize,
    pub max_backfill: usize,
    pub convert: String,
}

/// What the admin socket asks of a running worker; every request waits for its answer.
pub enum Control {
    Pause { reply: oneshot::Sender<()> },
    Resume { reply: oneshot::Sender<()> },
    Requeue { id: i64, reply: oneshot::Sender<anyhow::Result<()>> },
}

/// A job finished; subscribers are told, nobody waits.
#[derive(Debug, Clone)]
pub struct JobEvent {
    pub id: i64,
    pub ok: bool,
}

pub struct Stats {
    pub claimed: u64,
    pub failed: u64,
}

pub async fn run(queue: Queue, config: WorkerConfig, events: mpsc::Sender<JobEvent>) -> anyhow::Result<()> {
    let thumbnails = Arc::new(Thumbnail { convert: config.convert.clone() });
    let stats = Arc::new(parking_lot::Mutex::new(Stats { claimed: 0, failed: 0 }));
    let mut pool = JoinSet::new();
    for slot in 0..config.concurrency {
        pool.spawn(claim_loop(slot, queue.clone(), thumbnails.clone(), stats.clone(), events.clone())); // OK: unbounded-gather
    }
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    for _ in 0..cpus {
        pool.spawn(housekeeping(queue.clone())); // OK: unbounded-gather
    }
    while let Some(result) = pool.join_next().await {
        result??;
    }
    Ok(())
}

async fn claim_loop(
    slot: usize,
    queue: Queue,
    thumbnails: Arc<Thumbnail>,
    stats: Arc<parking_lot::Mutex<Stats>>,
    events: mpsc::Sender<JobEvent>,
) -> anyhow::Result<()> {
    loop {
        if *queue.paused().lock().await { // OK: lock-across-await
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        let Some(job) = queue.claim().await? else {
            tokio::time::sleep(Duration::from_millis(500)).await;
            continue;
        };
        let mut counters = stats.lock(); // EXPECT: lock-across-await
        counters.claimed += 1;
        let ok = handlers::execute(thumbnails.as_ref(), &job).await;
        if !ok {
            counters.failed += 1;
        }
        drop(counters);
        queue.finish(job.id, ok).await?;
        let claimed = stats.lock().claimed; // OK: lock-across-await
        events.send(JobEvent { id: job.id, ok }).await?;
        tracing::trace!(slot, claimed, "job {} done", job.id);
    }
}

async fn housekeeping(queue: Queue) -> anyhow::Result<()> {
    let guard = queue.paused().lock().await; // OK: lock-across-await
    tokio::time::sleep(Duration::from_millis(10)).await;
    drop(guard);
    Ok(())
}

/// Apply admin requests; each gets its own task so a slow requeue does not stall a pause.
pub async fn control(queue: Queue, mut requests: mpsc::Receiver<Control>) {
    while let Some(request) = requests.recv().await {
        let queue = queue.clone();
        tokio::spawn(async move { // OK: unbounded-gather // EXPECT: untracked-spawn
            match request {
                Control::Pause { reply } => {
                    *queue.paused().lock().await = true;
                    let _ = reply.send(());
                }
                Control::Resume { reply } => {
                    *queue.paused().lock().await = false;
                    let _ = reply.send(());
                }
                Control::Requeue { id, reply } => {
                    let _ = reply.send(queue.finish(id, false).await);
                }
            }
        });
    }
}

/// Tell every subscriber about every finished job, each in its own task.
pub async fn fan_out_events(http: reqwest::Client, subscribers: Vec<String>, mut events: mpsc::Receiver<JobEvent>) {
    while let Some(event) = events.recv().await {
        let http = http.clone();
        let subscribers = subscribers.clone();
        tokio::spawn(async move { // EXPECT: unbounded-gather, untracked-spawn // OK: detached-spawn
            for url in subscribers {
                if let Err(err) = http.post(&url).body(format!("{}:{}", event.id, event.ok)).send().await {
                    tracing::warn!(%url, "event delivery failed: {err}");
                }
            }
        });
    }
}

/// Backfill every ready job at once, at most `max_backfill` running together.
pub async fn backfill(queue: Queue, webhooks: Arc<Webhook>, config: &WorkerConfig) -> anyhow::Result<usize> {
    let jobs = queue.ready().await?;
    let permits = Arc::new(Semaphore::new(config.max_backfill));
    let mut running = JoinSet::new();
    for job in jobs {
        let permit = permits.clone().acquire_owned().await?;
        let webhooks = webhooks.clone();
        running.spawn(async move { // OK: unbounded-gather
            let ok = handlers::execute(webhooks.as_ref(), &job).await;
            drop(permit);
            ok
        });
    }
    Ok(running.join_all().await.into_iter().filter(|ok| *ok).count())
}

/// Retry every failed job of a kind, all together.
pub async fn retry_failed(queue: Queue, webhooks: Arc<Webhook>) -> anyhow::Result<()> {
    let failed = queue.ready().await?;
    let mut running = JoinSet::new();
    for job in failed {
        let webhooks = webhooks.clone();
        running.spawn(async move { handlers::execute(webhooks.as_ref(), &job).await }); // EXPECT: unbounded-gather
    }
    running.join_all().await;
    Ok(())
}
