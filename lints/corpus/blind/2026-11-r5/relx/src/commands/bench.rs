//! `bench`: run the benchmark binaries, with a spinner while they run.

use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, mpsc};

use crate::report::Progress;

#[derive(clap::Args)]
pub struct BenchArgs {
    #[arg(long, default_value = "target/release/bench")]
    binary: String,
    #[arg(long, default_value_t = 3)]
    rounds: u32,
}

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    tokio::spawn(async { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_millis(120));
        loop {
            tick.tick().await;
            eprint!(".");
        }
    });
    let (events, mut received) = mpsc::channel(64);
    let progress = Progress { lines: Arc::new(Mutex::new(Vec::new())), events };
    let mut outputs = Vec::new();
    for round in 0..args.rounds {
        let out = Command::new(&args.binary).arg(round.to_string()).output()?; // EXPECT: blocking-in-async
        progress.record_sync(String::from_utf8_lossy(&out.stdout).into_owned()); // EXPECT: block-on-in-async
        outputs.push(out);
    }
    let sha = pollster::block_on(async { crate::git::head_sha() })?; // EXPECT: block-on-in-async
    let earlier = progress.lines.blocking_lock().len(); // EXPECT: block-on-in-async
    let first = received.blocking_recv(); // EXPECT: block-on-in-async
    progress.record(format!("{sha}: {earlier} lines, first {first:?}")).await;

    let lines = progress.lines.clone();
    let runner = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(async { lines.lock().await.len() }) // OK: block-on-in-async
    });
    let counted = tokio::task::spawn_blocking(move || runner.join().unwrap()).await?; // OK: blocking-in-async
    let handle = tokio::runtime::Handle::current();
    let total = tokio::task::spawn_blocking(move || handle.block_on(async { counted + 1 })).await?; // OK: block-on-in-async
    let summary = tokio::task::spawn_blocking(move || { // OK: block-on-in-async
        let lines = progress.lines.blocking_lock();
        lines.join("\n")
    })
    .await?;

    tokio::spawn(crate::report::upload_report(summary)); // EXPECT: detached-spawn // OK: untracked-spawn
    let _ = tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        crate::report::upload_report(format!("total {total}")).await?;
        Ok::<(), anyhow::Error>(())
    });
    Ok(())
}
