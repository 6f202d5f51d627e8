//! The coin ledger behind matchmaking bets, persisted after every transfer.

use std::collections::HashMap;

use tokio::sync::{Mutex, MutexGuard};

pub struct Ledger {
    balances: Mutex<HashMap<u64, i64>>,
}

impl Ledger {
    pub async fn lock(&self) -> MutexGuard<'_, HashMap<u64, i64>> {
        self.balances.lock().await
    }
}

pub struct Journal {
    lines: Mutex<Vec<String>>,
}

impl Journal {
    pub fn lock(&self) -> &Mutex<Vec<String>> {
        &self.lines
    }
}

pub struct Bank {
    ledger: Ledger,
    journal: Journal,
}

impl Bank {
    pub async fn transfer(&self, from: u64, to: u64, amount: i64) -> anyhow::Result<()> {
        let mut balances = self.ledger.lock().await; // OK: lock-across-await
        *balances.entry(from).or_default() -= amount;
        *balances.entry(to).or_default() += amount;
        self.persist(&balances).await
    }

    async fn persist(&self, balances: &HashMap<u64, i64>) -> anyhow::Result<()> {
        let mut lines = self.journal.lock().lock().await; // OK: lock-across-await
        lines.push(format!("{balances:?}"));
        tokio::fs::write("/var/lib/lobby/ledger", lines.join("\n")).await?;
        Ok(())
    }
}
