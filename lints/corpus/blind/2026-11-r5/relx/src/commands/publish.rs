//! `publish`: upload the named crates to the configured registries.

use std::sync::Arc;

use futures::future::join_all;
use tokio::task::JoinSet;
use tokio_util::task::TaskTracker;

#[derive(clap::Args)]
pub struct PublishArgs {
    /// The crates to publish.
    crates: Vec<String>,
    /// Extra registries to publish to.
    #[arg(long)]
    registry: Vec<String>,
    #[arg(long, default_value_t = 4)]
    jobs: usize,
}

async fn publish_one(registry: &str, name: &str) -> anyhow::Result<()> {
    let status = tokio::process::Command::new("cargo")
        .args(["publish", "-p", name, "--registry", registry])
        .status()
        .await?;
    anyhow::ensure!(status.success(), "{name} failed on {registry}");
    Ok(())
}

async fn yank_check(name: &str) -> bool {
    reqwest::get(format!("https://crates.io/api/v1/crates/{name}")).await.is_ok()
}

pub async fn run(args: PublishArgs) -> anyhow::Result<()> {
    let checks = join_all(args.crates.iter().map(|name| yank_check(name))).await; // EXPECT: unbounded-gather
    anyhow::ensure!(checks.iter().all(|ok| *ok), "a crate is missing");

    let mut uploads = JoinSet::new();
    for registry in args.registry.clone() {
        let crates = args.crates.clone();
        uploads.spawn(async move { // EXPECT: unbounded-gather
            for name in crates {
                publish_one(&registry, &name).await?;
            }
            Ok::<(), anyhow::Error>(())
        });
    }
    while let Some(done) = uploads.join_next().await {
        done??;
    }

    let queue = Arc::new(tokio::sync::Mutex::new(args.crates.clone()));
    let mut workers = Vec::new();
    for _ in 0..args.jobs {
        let queue = queue.clone();
        workers.push(tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
            while let Some(name) = queue.lock().await.pop() {
                publish_one("crates-io", &name).await?;
            }
            Ok::<(), anyhow::Error>(())
        }));
    }
    for worker in workers {
        worker.await??;
    }

    let mirrors = join_all(["https://mirror-a.internal", "https://mirror-b.internal"].iter().map(|m| yank_check(m))).await; // OK: unbounded-gather
    let tracker = TaskTracker::new();
    for name in args.crates.iter().take(3) {
        let name = name.clone();
        tracker.spawn(async move { yank_check(&name).await }); // OK: unbounded-gather, detached-spawn, untracked-spawn
    }
    tracker.close();
    tracker.wait().await;
    for name in &args.crates {
        let handle = tokio::spawn(yank_check_owned(name.clone())); // OK: unbounded-gather, detached-spawn
        if !handle.await? {
            anyhow::bail!("{name} vanished after publishing");
        }
    }
    println!("mirrors answered: {}", mirrors.len());
    Ok(())
}

async fn yank_check_owned(name: String) -> bool {
    yank_check(&name).await
}
