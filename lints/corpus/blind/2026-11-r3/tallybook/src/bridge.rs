//! Sync entry points for the spreadsheet plugin, which calls into the ledger from its own
//! callbacks.

use std::sync::Arc;

use crate::ledger::{Ledger, Posting};

pub fn post_sync(ledger: &Arc<Ledger>, posting: Posting) -> anyhow::Result<()> {
    tokio::runtime::Handle::current().block_on(ledger.post(posting)) // OK: block-on-in-async
}

pub fn post_all_sync(ledger: &Arc<Ledger>, postings: Vec<Posting>) -> anyhow::Result<()> {
    for posting in postings {
        post_sync(ledger, posting)?;
    }
    Ok(())
}

pub async fn on_cell_edit(ledger: Arc<Ledger>, account: String, cents: i64) -> anyhow::Result<()> {
    post_all_sync(&ledger, vec![Posting { account, cents }]) // EXPECT: block-on-in-async
}

pub async fn on_sheet_import(ledger: Arc<Ledger>, rows: Vec<Posting>) -> anyhow::Result<()> {
    tokio::task::spawn_blocking(move || post_all_sync(&ledger, rows)).await? // OK: block-on-in-async
}

pub async fn on_recalc(ledger: Arc<Ledger>) -> i64 {
    let worker = std::thread::spawn(move || ledger.balance("cash"));
    let total = worker.join().unwrap_or(0); // EXPECT: blocking-in-async
    let snapshot = futures::executor::block_on(async { total * 100 }); // EXPECT: block-on-in-async
    snapshot
}

pub async fn on_close(ledger: Arc<Ledger>) {
    let cash = ledger.balance("cash");
    std::thread::sleep(std::time::Duration::from_millis(cash.unsigned_abs() % 50)); // EXPECT: blocking-in-async
    let out = std::process::Command::new("notify-send").arg(format!("cash {cash}")).output(); // EXPECT: blocking-in-async
    tracing::debug!(ok = out.is_ok(), "closed");
}
