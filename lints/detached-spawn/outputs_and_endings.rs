//! What a detach loses: a task's output that is not `()` (an error nobody sees), or a task
//! that never ends. Tasks that end with `()` are only untracked.

use std::time::Duration;

struct Indexer;

impl Indexer {
    async fn run(&self) -> Result<(), String> {
        Ok(())
    }

    async fn serve_forever(&self) {
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }

    async fn serve_until(&self, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = stop.changed() => break,
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            }
        }
    }
}

async fn count_rows() -> usize {
    0
}

async fn load() -> Result<Vec<u8>, std::io::Error> {
    Ok(Vec::new())
}

async fn start(indexer: std::sync::Arc<Indexer>, stop: tokio::sync::watch::Receiver<bool>) {
    tokio::spawn(count_rows()); // EXPECT: detached-spawn [mentions: usize]
    let me = indexer.clone();
    tokio::spawn(async move { me.run().await }); // EXPECT: detached-spawn [mentions: Result<(), String>]
    let me = indexer.clone();
    tokio::spawn(async move { me.serve_forever().await }); // EXPECT: detached-spawn [mentions: never ends]
    let me = indexer.clone();
    tokio::spawn(async move { me.serve_until(stop).await }); // OK: detached-spawn
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: `Result`]
        let bytes = load().await?;
        tracing::info!(len = bytes.len(), "loaded");
        Ok::<_, std::io::Error>(())
    });
    tokio::spawn(async { // EXPECT: detached-spawn [mentions: never ends]
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            tracing::debug!("heartbeat");
        }
    });
    tokio::spawn(async { // OK: detached-spawn
        loop {
            let Ok(bytes) = load().await else { break };
            if bytes.is_empty() {
                return;
            }
        }
    });
    tokio::spawn(async { // OK: detached-spawn
        'outer: loop {
            for attempt in 0..3 {
                if load().await.is_ok() {
                    break 'outer;
                }
                tracing::warn!(attempt, "retrying");
            }
        }
    });
    tokio::spawn(async { // EXPECT: detached-spawn [mentions: never ends]
        loop {
            for attempt in 0..3 {
                if load().await.is_ok() {
                    break;
                }
                tracing::warn!(attempt, "retrying");
            }
        }
    });
    tokio::spawn(async { // OK: detached-spawn
        match load().await {
            Ok(bytes) => tracing::info!(len = bytes.len(), "loaded"),
            Err(e) => tracing::error!(error = %e, "load failed"),
        }
    });
    // Always `Ok(())`: the `Result` only satisfies a signature, and nothing can be lost.
    tokio::spawn(async { // OK: detached-spawn
        if let Err(e) = load().await {
            tracing::warn!(error = %e, "load failed");
        }
        Ok::<(), ()>(())
    });
    // `Ok(())` at the end, but `?` before it: an error can still be returned and lost.
    tokio::spawn(async { // EXPECT: detached-spawn [mentions: `Result`]
        load().await?;
        Ok::<(), std::io::Error>(())
    });
    let closure_try = tokio::spawn(async { // OK: detached-spawn
        let parse = |s: &str| -> Option<u8> { Some(s.parse::<u8>().ok()?) };
        let _ = parse("1");
    });
}

fn main() {}
