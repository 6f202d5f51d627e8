//! Async handlers calling sync helpers defined in other files: the helper blocks when it
//! reaches a blocking API through any chain of sync crate fns, outside offloaded closures.

mod bridge;
mod settings;
mod store;

use store::{Ledger, Snapshotter};

pub async fn start() -> String {
    let raw = settings::load("app.toml"); // EXPECT: blocking-in-async [mentions: std::fs::read_to_string]
    let parsed = settings::parse(&raw); // OK: blocking-in-async
    bridge::sync_total(); // EXPECT: block-on-in-async [mentions: block_on] // OK: blocking-in-async
    settings::schedule_save(parsed.clone()); // OK: blocking-in-async
    parsed
}

pub async fn save(ledger: &Ledger, snapshots: &Snapshotter) -> std::io::Result<()> {
    let bytes = snapshots.capture_to_disk(); // EXPECT: blocking-in-async
    ledger.flush()?; // EXPECT: blocking-in-async [mentions: std::fs::write]
    snapshots.flush().await; // OK: blocking-in-async
    println!("{bytes} bytes");
    Ok(())
}

pub fn start_sync() -> String {
    settings::load("app.toml") // OK: blocking-in-async
}
