//! `hive-worker`: claims and runs jobs until stopped.

use std::sync::Arc;

use hivequeue::handlers::webhook::Webhook;
use hivequeue::worker::{self, WorkerConfig};
use hivequeue::{Queue, db};
use tokio::sync::mpsc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL")?;
    let subscribers: Vec<String> = std::fs::read_to_string("/etc/hive/subscribers")? // OK: blocking-in-async
        .lines()
        .map(str::to_string)
        .collect();
    let client = db::connect(&url).await?;
    let queue = Queue::new(client);
    let config = WorkerConfig { concurrency: 8, max_backfill: 16, convert: "convert".into() };
    let http = reqwest::Client::new();

    let (events_tx, events) = mpsc::channel(1024);
    let (control_tx, control) = mpsc::channel(16);
    tokio::spawn(worker::fan_out_events(http.clone(), subscribers, events)); // EXPECT: untracked-spawn // OK: detached-spawn
    tokio::spawn(worker::control(queue.clone(), control)); // EXPECT: untracked-spawn // OK: detached-spawn
    let webhooks = Arc::new(Webhook { http, queue: queue.clone() });
    let done = worker::backfill(queue.clone(), webhooks.clone(), &config).await?;
    let note = std::fs::read_to_string("/etc/hive/motd").unwrap_or_default(); // EXPECT: blocking-in-async
    tracing::info!(done, "{note}");
    let admin = std::thread::spawn(move || {
        let (reply, done) = tokio::sync::oneshot::channel();
        let _ = control_tx.blocking_send(worker::Control::Pause { reply }); // OK: block-on-in-async
        let _ = done.blocking_recv(); // OK: block-on-in-async
    });
    worker::run(queue, config, events_tx).await?;
    let _ = admin.join(); // EXPECT: blocking-in-async
    Ok(())
}
