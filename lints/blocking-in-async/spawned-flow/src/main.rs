//! A one-shot CLI that spawns its whole flow as one task, so that ctrl-c can abort it, and
//! awaits that task right away: the flow is still the only work the program does, as it
//! would be without the spawn. A task spawned beside it that does work of its own, or a
//! handle awaited only after other work, makes it concurrent as before.

mod signals;

use std::time::Duration;

use tokio::task::AbortHandle;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("run") => run(args[2].clone()).await,
        Some("bench") => bench(args[2].clone()).await,
        Some("watch") => watch(args[2].clone()).await,
        _ => report(args[2].clone()).await,
    }
}

/// The flow spawned, a ctrl-c waiter (an async block) spawned beside it, the handle awaited.
async fn run(path: String) -> anyhow::Result<()> {
    let job = tokio::spawn(async move {
        let plan = std::fs::read_to_string(&path)?; // OK: blocking-in-async
        execute(&plan).await
    });
    let abort = job.abort_handle();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            abort.abort();
        }
    });
    job.await??;
    Ok(())
}

async fn execute(plan: &str) -> anyhow::Result<()> {
    std::fs::write("plan.log", plan)?; // OK: blocking-in-async
    Ok(())
}

/// The waiter is a crate fn whose first await is ctrl-c, spawned before the flow.
async fn bench(path: String) -> anyhow::Result<()> {
    let runs = tokio::spawn(async move {
        let mut results = Vec::new();
        for line in std::fs::read_to_string(&path)?.lines() { // OK: blocking-in-async
            results.push(line.len());
        }
        Ok::<_, anyhow::Error>(results)
    });
    tokio::spawn(signals::abort_on_ctrl_c(runs.abort_handle()));
    match runs.await {
        Ok(Ok(results)) => println!("{} runs", results.len()),
        Ok(Err(err)) => eprintln!("bench failed: {err}"),
        Err(err) => eprintln!("bench aborted: {err}"),
    }
    Ok(())
}

/// A progress ticker spawned beside the flow awaits work of its own: the flow is concurrent.
async fn watch(path: String) -> anyhow::Result<()> {
    let job = tokio::spawn(async move {
        std::fs::read(&path) // EXPECT: blocking-in-async
    });
    let (heartbeat, _beats) = tokio::sync::mpsc::channel(8);
    let ticker = tokio::spawn(signals::tick_progress(heartbeat));
    let bytes = job.await??;
    ticker.abort();
    println!("{} bytes", bytes.len());
    Ok(())
}

/// The handle is awaited only after other work: the spawned task runs beside it.
async fn report(path: String) -> anyhow::Result<()> {
    let job = tokio::spawn(async move {
        std::fs::read_to_string(&path) // EXPECT: blocking-in-async
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let text = job.await??;
    println!("{text}");
    Ok(())
}

/// Not the program's flow: a library-style fn nothing calls, whose spawned task is awaited.
pub async fn reload(path: String, abort: AbortHandle) -> anyhow::Result<String> {
    let job = tokio::spawn(async move {
        std::fs::read_to_string(&path) // EXPECT: blocking-in-async
    });
    let _keep = abort;
    Ok(job.await??)
}
