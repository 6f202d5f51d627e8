//! Audit trail: appends order events to a local journal file and ships it upstream.
use std::io::Write;
use std::sync::Arc;

use uuid::Uuid;

use crate::repo::{prefetch_orders, Order, OrderRepo};

pub async fn record(order: &Order) -> anyhow::Result<()> {
    let line = format!("{} {}\n", order.id, order.customer);
    append_journal(&line)?; // EXPECT: blocking-in-async
    Ok(())
}

fn append_journal(line: &str) -> std::io::Result<()> {
    let mut f = open_journal()?;
    f.write_all(line.as_bytes())
}

fn open_journal() -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().append(true).create(true).open("audit.journal") // OK: blocking-in-async
}

pub async fn flush_pending(repo: &Arc<dyn OrderRepo>) -> anyhow::Result<()> {
    let _ = repo;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    Ok(())
}

/// The orders the journal mentions, in their current state, for shipping upstream.
pub async fn journaled_orders(repo: &dyn OrderRepo) -> anyhow::Result<Vec<Option<Order>>> {
    let journal = tokio::fs::read_to_string("audit.journal").await?;
    let ids: Vec<Uuid> = journal.lines().filter_map(|line| line.split(' ').next()?.parse().ok()).collect();
    Ok(prefetch_orders(repo, &ids).await)
}

pub fn rotate_journal_sync() -> std::io::Result<()> {
    append_journal("--rotate--\n") // OK: blocking-in-async
}
