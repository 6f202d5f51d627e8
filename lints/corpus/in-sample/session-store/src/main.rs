mod backend;
mod reaper;
mod session;
mod store;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use backend::SessionBackend;
use reaper::Reaper;
use store::SessionStore;

const SESSION_TTL: Duration = Duration::from_secs(30 * 60);
const REAP_EVERY: Duration = Duration::from_secs(60);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let backend = Arc::new(SessionBackend::connect("redis://127.0.0.1:6379/2").await?);
    let store = Arc::new(SessionStore::new(Arc::clone(&backend), SESSION_TTL));
    let reaper = Reaper::new(Arc::clone(&store), REAP_EVERY);

    let (report_tx, mut report_rx) = mpsc::channel::<String>(16);
    let printer = tokio::spawn(async move {
        while let Some(line) = report_rx.recv().await {
            println!("{line}");
        }
    });

    // Warm the cache with a couple of demo users.
    for user in [7_u64, 8, 9] {
        let session = store.create(user).await?;
        store.set_attribute(session.id, "locale", "en-GB").await?;
        store.mark_dirty(session.id);
    }
    println!("{} sessions cached, backend {}", store.cached_count(), backend.url());

    tokio::select! {
        res = reaper.run() => res?,
        _ = tokio::signal::ctrl_c() => {}
    }

    let summary = tokio::time::timeout(Duration::from_secs(5), async {
        let flushed = store.shutdown().await?;
        let fingerprint = store.fingerprint().await?;
        let stats = reaper.state().inner.lock().unwrap(); // OK: lock-across-await
        anyhow::Ok(format!(
            "flushed={flushed} fingerprint={fingerprint:x} passes={} reaped={}",
            stats.passes, stats.reaped
        ))
    })
    .await??;

    reaper::report(reaper.state(), &report_tx).await?;
    report_tx.send(summary).await?;
    drop(report_tx);
    printer.await?;

    let stats = backend.stats().await;
    println!("backend reads={} writes={} deletes={}", stats.reads, stats.writes, stats.deletes);
    Ok(())
}
