use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Posting {
    pub account: String,
    pub cents: i64,
}

pub struct Ledger {
    balances: Mutex<BTreeMap<String, i64>>,
    journal: Mutex<Vec<Posting>>,
    path: String,
}

impl Ledger {
    pub async fn open(path: &str) -> anyhow::Result<Ledger> {
        let journal: Vec<Posting> = match tokio::fs::read(path).await {
            Ok(bytes) => serde_json::from_slice(&bytes)?,
            Err(_) => Vec::new(),
        };
        let mut balances = BTreeMap::new();
        for p in &journal {
            *balances.entry(p.account.clone()).or_insert(0) += p.cents;
        }
        Ok(Ledger { balances: Mutex::new(balances), journal: Mutex::new(journal), path: path.to_string() })
    }

    pub async fn post(&self, posting: Posting) -> anyhow::Result<()> {
        self.balances.lock().unwrap().entry(posting.account.clone()).and_modify(|b| *b += posting.cents).or_insert(posting.cents); // OK: lock-across-await
        self.journal.lock().unwrap().push(posting); // OK: lock-across-await, unawaited-future
        self.save().await
    }

    pub async fn save(&self) -> anyhow::Result<()> {
        let bytes = serde_json::to_vec(&*self.journal.lock().unwrap())?; // OK: lock-across-await
        tokio::fs::write(&self.path, bytes).await?;
        Ok(())
    }

    pub async fn save_quietly(&self) {
        let fut = self.save(); // EXPECT: unawaited-future
        tracing::debug!("save requested");
    }

    pub fn save_later(&self) -> impl std::future::Future<Output = anyhow::Result<()>> + '_ {
        self.save() // OK: unawaited-future
    }

    pub async fn save_both(&self, other: &Ledger) -> anyhow::Result<()> {
        let (a, b) = tokio::join!(self.save(), other.save()); // OK: unawaited-future
        a.and(b)
    }

    pub async fn autosave(self: Arc<Self>) {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        for _ in 0..120 {
            tick.tick().await;
            if let Err(err) = self.save().await {
                tracing::warn!(%err, "autosave failed");
            }
        }
    }

    /// Merges journal entries older than a day into one opening balance, every hour.
    pub async fn compact(self: Arc<Self>) -> anyhow::Result<()> {
        loop {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            self.save().await?;
        }
    }

    pub async fn publish(&self, tx: &tokio::sync::mpsc::Sender<Posting>) {
        match self.journal.lock().unwrap().last() { // EXPECT: lock-across-await
            Some(last) => { let _ = tx.send(last.clone()).await; }
            None => tokio::task::yield_now().await,
        }
        for posting in self.journal.lock().unwrap().iter() { // EXPECT: lock-across-await
            tx.send(posting.clone()).await.ok();
        }
        if let Some(first) = self.journal.lock().unwrap().first().cloned() { // EXPECT: lock-across-await
            tx.send(first).await.ok();
        } else {
            tokio::task::yield_now().await;
        }
        if self.balances.lock().unwrap().is_empty() || tx.send(Posting { account: "none".into(), cents: 0 }).await.is_err() { // OK: lock-across-await
            tracing::debug!("nothing to publish");
        }
    }

    pub async fn announce(&self, updates: &tokio::sync::broadcast::Sender<String>, state: &tokio::sync::watch::Sender<usize>) -> anyhow::Result<()> {
        updates.send("saved".to_string()).ok(); // OK: unawaited-future
        state.send(self.journal.lock().unwrap().len()).ok(); // OK: unawaited-future, lock-across-await
        let mut pending = futures::stream::FuturesUnordered::new();
        pending.push(self.save()); // OK: unawaited-future, unbounded-gather
        while let Some(result) = futures::StreamExt::next(&mut pending).await {
            result?;
        }
        Ok(())
    }

    pub fn balance(&self, account: &str) -> i64 {
        self.balances.lock().unwrap().get(account).copied().unwrap_or(0)
    }

    pub fn totals(&self) -> Vec<(String, i64)> {
        self.balances.lock().unwrap().iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}
