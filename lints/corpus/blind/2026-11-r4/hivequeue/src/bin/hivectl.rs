//! `hivectl`: enqueue jobs from a file, wait for them, inspect the queue. One step at a time.

use std::io::{BufRead, Write};
use std::time::Duration;

use clap::{Parser, Subcommand};
use hivequeue::Queue;
use tokio_postgres::NoTls;

#[derive(Parser)]
struct Cli {
    #[arg(long, env = "DATABASE_URL")]
    database: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Enqueue { file: String, #[arg(long)] wait: bool },
    Drain { #[arg(long)] yes: bool },
    Watch,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let (client, connection) = tokio_postgres::connect(&cli.database, NoTls).await?;
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(err) = connection.await {
            eprintln!("hivectl: database connection lost: {err}");
        }
    });
    let queue = Queue::new(client);
    match cli.command {
        Command::Enqueue { file, wait } => enqueue(&queue, &file, wait).await,
        Command::Drain { yes } => drain(&queue, yes).await,
        Command::Watch => watch(&queue).await,
    }
}

async fn enqueue(queue: &Queue, file: &str, wait: bool) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)?; // OK: blocking-in-async
    let mut ids = Vec::new();
    for line in text.lines() {
        let payload: serde_json::Value = serde_json::from_str(line)?;
        ids.push(queue.enqueue("webhook", &payload).await?);
    }
    while wait && !queue.ready().await?.is_empty() {
        std::thread::sleep(Duration::from_secs(1)); // OK: blocking-in-async
    }
    println!("enqueued {}", ids.len());
    Ok(())
}

async fn drain(queue: &Queue, yes: bool) -> anyhow::Result<()> {
    if !yes {
        print!("drain every ready job? [y/N] ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?; // OK: blocking-in-async
        if answer.trim() != "y" {
            return Ok(());
        }
    }
    for job in queue.ready().await? {
        queue.finish(job.id, false).await?;
    }
    let pollster_count = pollster::block_on(queue.ready())?.len(); // EXPECT: block-on-in-async
    println!("{pollster_count} left");
    Ok(())
}

async fn watch(queue: &Queue) -> anyhow::Result<()> {
    let ticker = tokio::spawn(async { // OK: detached-spawn, untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            eprintln!("still watching");
        }
    });
    loop {
        let ready = queue.ready().await?.len();
        println!("{ready} ready");
        if ready == 0 {
            break;
        }
        std::thread::sleep(Duration::from_secs(2)); // EXPECT: blocking-in-async
    }
    ticker.abort();
    Ok(())
}
