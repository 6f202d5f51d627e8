//! `tallybook`: a ledger daemon that imports statements, keeps balances and pushes them to
//! subscribers.

mod bridge;
mod import;
mod ledger;
mod push;

use std::sync::Arc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let ledger = Arc::new(ledger::Ledger::open("ledger.json").await?);
    let (events_tx, events_rx) = tokio::sync::mpsc::channel(1024);
    let pusher = tokio::spawn(push::fan_out(events_rx, vec!["http://localhost:9000".into()]));
    let runtime = tokio::runtime::Handle::current();
    runtime.spawn(ledger.clone().autosave()); // EXPECT: untracked-spawn // OK: detached-spawn
    let _ = tokio::spawn(import::watch_inbox(ledger.clone(), events_tx.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let compactor = tokio::spawn(ledger.clone().compact()); // EXPECT: detached-spawn // OK: untracked-spawn
    tokio::signal::ctrl_c().await?;
    drop(events_tx);
    pusher.await?;
    Ok(())
}
