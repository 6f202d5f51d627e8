use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use parking_lot::{Mutex, RwLock};
use tokio::sync::mpsc;

use crate::policy::TenantId;

#[derive(Debug, Clone)]
pub struct UsageRecord {
    pub tenant: TenantId,
    pub units: u64,
    pub at: SystemTime,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct LedgerStats {
    pub batches: u64,
    pub records: u64,
}

/// Month-to-date usage per tenant, plus a queue of records waiting to be
/// shipped to the billing pipeline.
pub struct Ledger {
    totals: RwLock<HashMap<TenantId, u64>>,
    pending: Mutex<VecDeque<UsageRecord>>,
    sink: mpsc::Sender<Vec<UsageRecord>>,
    stats: Arc<Mutex<LedgerStats>>,
}

impl Ledger {
    pub fn new(sink: mpsc::Sender<Vec<UsageRecord>>) -> Self {
        Self {
            totals: RwLock::new(HashMap::new()),
            pending: Mutex::new(VecDeque::new()),
            sink,
            stats: Arc::new(Mutex::new(LedgerStats::default())),
        }
    }

    pub fn record(&self, tenant: TenantId, units: u64) {
        *self.totals.write().entry(tenant).or_default() += units; // OK: lock-across-await
        self.pending.lock().push_back(UsageRecord { tenant, units, at: SystemTime::now() }); // OK: lock-across-await
    }

    pub fn total(&self, tenant: TenantId) -> u64 {
        self.totals.read().get(&tenant).copied().unwrap_or(0) // OK: lock-across-await
    }

    pub fn stats(&self) -> LedgerStats {
        *self.stats.lock() // OK: lock-across-await
    }

    /// Sends a single negative adjustment straight to billing.
    pub async fn credit(&self, tenant: TenantId, units: u64) -> anyhow::Result<()> {
        if let Some(total) = self.totals.write().get_mut(&tenant) { // OK: lock-across-await
            *total = total.saturating_sub(units);
        }
        let record = UsageRecord { tenant, units, at: SystemTime::now() };
        self.sink.send(vec![record]).await?;
        Ok(())
    }

    /// Ships pending records in batches of at most `batch`.
    pub async fn drain(&self, batch: usize) -> anyhow::Result<usize> {
        let mut shipped = 0;
        loop {
            let chunk: Vec<UsageRecord> = {
                let mut pending = self.pending.lock(); // OK: lock-across-await
                let n = pending.len().min(batch);
                pending.drain(..n).collect()
            };
            if chunk.is_empty() {
                break;
            }
            shipped += chunk.len();
            self.sink.send(chunk).await?;
        }
        let shared = Arc::clone(&self.stats);
        let mut stats = shared.lock(); // OK: lock-across-await
        stats.batches += 1;
        stats.records += shipped as u64;
        Ok(shipped)
    }

    /// Old one-record-at-a-time path, still used by the admin "flush now" button.
    pub async fn drain_slow(&self) -> anyhow::Result<usize> {
        let mut shipped = 0;
        while let Some(record) = self.pending.lock().pop_front() { // EXPECT: lock-across-await
            self.sink.send(vec![record]).await?;
            shipped += 1;
        }
        Ok(shipped)
    }

    pub async fn wait_until_drained(&self) {
        while !self.pending.lock().is_empty() { // OK: lock-across-await
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    pub async fn publish_totals(&self, out: &mpsc::Sender<HashMap<TenantId, u64>>) -> anyhow::Result<()> {
        out.send(self.totals.read().clone()).await?; // EXPECT: lock-across-await
        Ok(())
    }

    /// Start of a billing month: archive every total and reset to zero.
    pub async fn roll_over(&self, archive: &mpsc::Sender<Vec<UsageRecord>>) -> anyhow::Result<()> {
        let mut totals = self.totals.write(); // EXPECT: lock-across-await
        let now = SystemTime::now();
        for (tenant, units) in totals.drain() {
            archive.send(vec![UsageRecord { tenant, units, at: now }]).await?;
        }
        Ok(())
    }

    /// Sends the pending queue plus a total per tenant as one consistent batch.
    pub async fn checkpoint(&self) -> anyhow::Result<()> {
        let (totals, pending) = (self.totals.read(), self.pending.lock()); // EXPECT: lock-across-await, lock-across-await
        let now = SystemTime::now();
        let mut batch: Vec<UsageRecord> = pending.iter().cloned().collect();
        batch.extend(totals.iter().map(|(&tenant, &units)| UsageRecord { tenant, units, at: now }));
        self.sink.send(batch).await?;
        Ok(())
    }

    /// Heaviest tenants, sorted off the runtime threads.
    pub async fn top_tenants(self: &Arc<Self>, n: usize) -> anyhow::Result<Vec<(TenantId, u64)>> {
        let ledger = Arc::clone(self);
        let top = tokio::task::spawn_blocking(move || {
            let mut all: Vec<(TenantId, u64)> = ledger.totals.read().iter().map(|(t, u)| (*t, *u)).collect(); // OK: lock-across-await
            all.sort_unstable_by(|a, b| b.1.cmp(&a.1));
            all.truncate(n);
            all
        })
        .await?;
        Ok(top)
    }
}
