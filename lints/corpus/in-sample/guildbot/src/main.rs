//! guildbot: a chat bot that reacts to gateway events and runs slash commands.
mod commands;
mod events;
mod sync;

use std::io::BufRead;
use std::sync::Arc;

use tokio::sync::mpsc;
use tracing::info;

use crate::events::{Event, Gateway};

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() -> anyhow::Result<()> {
    let token = std::env::var("BOT_TOKEN")?;
    let gateway = Arc::new(Gateway::connect(&token).await?);
    let (tx, rx) = mpsc::channel::<Event>(1024);
    let pump = tokio::spawn(events::pump(Arc::clone(&gateway), tx)); // OK: detached-spawn
    let console = std::thread::spawn(|| {
        for line in std::io::stdin().lock().lines() { // OK: blocking-in-async
            if line.map(|l| l.trim() == "quit").unwrap_or(false) {
                break;
            }
        }
    });
    events::dispatch_loop(gateway, rx).await;
    pump.abort();
    drop(console);
    Ok(())
}

async fn prompt_operator() -> String {
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).ok(); // EXPECT: blocking-in-async
    info!(%answer, "operator replied");
    answer
}
