//! A method call is a crate async fn only when the receiver's type says so: the crate's own
//! `async fn append` / `count` / `update` / `commit` never capture `Vec::append`,
//! `Iterator::count`, a hasher's `update` or a database transaction's `commit`.

use std::collections::HashMap;

pub struct Journal {
    entries: Vec<String>,
}

impl Journal {
    pub async fn append(&mut self, mut more: Vec<String>) {
        self.entries.append(&mut more); // OK: unawaited-future
    }

    pub async fn count(&self) -> usize {
        self.entries.iter().count() // OK: unawaited-future
    }

    pub async fn update(&mut self, key: &str) {
        let mut hasher = sha2::Sha256::new();
        hasher.update(key.as_bytes()); // OK: unawaited-future
        self.entries.push(key.to_string());
    }

    pub async fn commit(&mut self) -> Result<(), String> {
        Ok(())
    }

    pub async fn rotate(&mut self, tx: sqlx::Transaction<'_, sqlx::Postgres>) -> Result<(), String> {
        self.commit(); // EXPECT: unawaited-future
        self.count(); // EXPECT: unawaited-future
        tx.commit(); // OK: unawaited-future
        Ok(())
    }
}

pub async fn merge(journal: &mut Journal, batches: Vec<Vec<String>>, mut other: Journal) {
    let mut all: Vec<String> = Vec::new();
    for mut batch in batches {
        all.append(&mut batch); // OK: unawaited-future
    }
    let counts: HashMap<String, usize> = HashMap::new();
    let _ = counts.iter().count(); // OK: unawaited-future
    journal.append(all); // EXPECT: unawaited-future
    other.update("key"); // EXPECT: unawaited-future
    let fresh = Journal { entries: Vec::new() };
    fresh.count(); // EXPECT: unawaited-future
}

/// A local async closure: calling it only builds a future.
pub async fn notify_all() {
    let notify = |id: u64| async move {
        tracing::info!(id, "notified");
    };
    let ping = async |id: u64| {
        tracing::info!(id, "pinged");
    };
    notify(1); // EXPECT: unawaited-future
    let _ = ping(2); // EXPECT: unawaited-future
    notify(3).await; // OK: unawaited-future
    let pending: Vec<_> = [5, 6].iter().map(|&id| notify(id)).collect(); // OK: unawaited-future
    futures::future::join_all(pending).await;
    let plain = |id: u64| tracing::info!(id, "sync");
    plain(4); // OK: unawaited-future
}
