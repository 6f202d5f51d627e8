//! `xtask release`: bump, changelog, tag, publish, announce; one step after the other.

use std::sync::Arc;
use std::time::Duration;

use futures::future::try_join_all;
use futures::stream::{self, StreamExt, TryStreamExt};
use tokio::sync::{mpsc, Mutex};

use crate::git;

async fn publish_one(krate: String) -> anyhow::Result<()> {
    let status = tokio::process::Command::new("cargo").args(["publish", "-p", &krate]).status().await?;
    anyhow::ensure!(status.success(), "publishing {krate} failed");
    Ok(())
}

async fn upload_notes(version: &str) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    client.post("https://forge.example/api/releases").json(&version).send().await?;
    Ok(())
}

pub async fn run(crates: Vec<String>, jobs: usize) -> anyhow::Result<()> {
    let manifest = std::fs::read_to_string("Cargo.toml")?; // OK: blocking-in-async
    let sha = git::head_sha()?; // OK: blocking-in-async
    let version = next_version(&manifest);
    std::fs::write("Cargo.toml", manifest.replace("version = \"0.0.0\"", &format!("version = \"{version}\"")))?; // OK: blocking-in-async
    let tag = format!("v{version}");
    git::push_tag_now(&tag)?; // EXPECT: block-on-in-async
    futures::executor::block_on(upload_notes(&version))?; // EXPECT: block-on-in-async
    tokio::task::block_in_place(|| tokio::runtime::Handle::current().block_on(upload_notes(&version)))?; // OK: block-on-in-async
    let handle = tokio::runtime::Handle::current();
    let tag_for_thread = tag.clone();
    tokio::task::spawn_blocking(move || handle.block_on(git::push_tag(&tag_for_thread))).await??; // OK: block-on-in-async
    git::push_tag_on_thread(tag.clone())?; // OK: block-on-in-async
    pollster::block_on(git::push_tag(&tag))?; // EXPECT: block-on-in-async

    publish_all(&crates).await?;
    publish_in_order(crates.clone()).await?;
    publish_pool(crates.clone(), jobs).await?;
    publish_checked(&crates).await?;
    tracing::info!(%sha, %version, "released");
    Ok(())
}

fn next_version(manifest: &str) -> String {
    let current = manifest.lines().find_map(|l| l.strip_prefix("version = ")).unwrap_or("\"0.0.0\"");
    let parts: Vec<u32> = current.trim_matches('"').split('.').filter_map(|p| p.parse().ok()).collect();
    format!("{}.{}.{}", parts.first().unwrap_or(&0), parts.get(1).unwrap_or(&0), parts.get(2).unwrap_or(&0) + 1)
}

async fn publish_all(crates: &[String]) -> anyhow::Result<()> {
    try_join_all(crates.iter().cloned().map(publish_one)).await?; // EXPECT: unbounded-gather
    Ok(())
}

async fn publish_in_order(crates: Vec<String>) -> anyhow::Result<()> {
    stream::iter(crates).map(publish_one).buffered(2).try_collect::<Vec<_>>().await?; // OK: unbounded-gather
    Ok(())
}

async fn publish_pool(crates: Vec<String>, jobs: usize) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel::<String>(crates.len().max(1));
    let rx = Arc::new(Mutex::new(rx));
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let rx = rx.clone();
        workers.push(tokio::spawn(async move { // OK: unbounded-gather, detached-spawn, untracked-spawn
            while let Some(krate) = rx.lock().await.recv().await { // OK: lock-across-await
                publish_one(krate).await?;
            }
            Ok::<_, anyhow::Error>(())
        }));
    }
    for krate in crates {
        tx.send(krate).await?;
    }
    drop(tx);
    for worker in workers {
        worker.await??;
    }
    Ok(())
}

async fn publish_checked(crates: &[String]) -> anyhow::Result<()> {
    for krate in crates {
        let job = tokio::spawn(publish_one(krate.clone())); // OK: unbounded-gather, detached-spawn, untracked-spawn
        job.await??;
        tokio::time::sleep(Duration::from_secs(1)); // EXPECT: unawaited-future
    }
    Ok(())
}
