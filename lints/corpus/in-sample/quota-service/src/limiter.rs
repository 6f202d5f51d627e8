use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;
use tokio::sync::mpsc;

use crate::bucket::{Bucket, Decision};
use crate::ledger::Ledger;
use crate::policy::{Policy, PolicyStore, TenantId};

/// Token-bucket rate limiter, one bucket per tenant.
pub struct RateLimiter {
    buckets: Mutex<HashMap<TenantId, Bucket>>,
    denials: Mutex<HashMap<TenantId, u64>>,
    in_flight: Arc<Mutex<HashMap<TenantId, u32>>>,
    sweep_gate: Mutex<()>,
    policies: Arc<PolicyStore>,
    ledger: Arc<Ledger>,
}

impl RateLimiter {
    pub fn new(policies: Arc<PolicyStore>, ledger: Arc<Ledger>) -> Self {
        Self {
            buckets: Mutex::new(HashMap::new()),
            denials: Mutex::new(HashMap::new()),
            in_flight: Arc::new(Mutex::new(HashMap::new())),
            sweep_gate: Mutex::new(()),
            policies,
            ledger,
        }
    }

    fn note(&self, tenant: TenantId, decision: Decision) {
        if let Decision::Denied { .. } = decision {
            *self.denials.lock().entry(tenant).or_default() += 1; // OK: lock-across-await
        } else {
            *self.in_flight.lock().entry(tenant).or_default() += 1; // OK: lock-across-await
        }
    }

    /// Hot path. Known tenants never wait on the policy store.
    pub async fn check(&self, tenant: TenantId, cost: u32) -> Decision {
        let now = Instant::now();
        if let Some(decision) = self.buckets.lock().get_mut(&tenant).map(|b| b.decide(cost, now)) { // OK: lock-across-await
            self.note(tenant, decision);
            decision
        } else {
            let policy = self.policies.get(tenant).await;
            let mut bucket = Bucket::new(&policy, now);
            let decision = bucket.decide(cost, now);
            self.buckets.lock().insert(tenant, bucket); // OK: lock-across-await
            self.note(tenant, decision);
            decision
        }
    }

    /// Older entry point kept for the gRPC v1 handlers.
    pub async fn admit(&self, tenant: TenantId, cost: u32) -> Decision {
        let now = Instant::now();
        let mut buckets = self.buckets.lock(); // EXPECT: lock-across-await
        if !buckets.contains_key(&tenant) {
            let policy = self.policies.get(tenant).await;
            buckets.insert(tenant, Bucket::new(&policy, now));
        }
        let bucket = buckets.get_mut(&tenant).expect("bucket inserted above");
        bucket.decide(cost, now)
    }

    pub async fn refund(&self, tenant: TenantId, cost: u32) -> anyhow::Result<()> {
        if let Some(bucket) = self.buckets.lock().get_mut(&tenant) { // EXPECT: lock-across-await
            bucket.credit(cost);
            self.ledger.credit(tenant, cost as u64).await?;
        }
        Ok(())
    }

    pub async fn remaining(&self, tenant: TenantId) -> u32 {
        match self.buckets.lock().get(&tenant) { // EXPECT: lock-across-await
            Some(bucket) => bucket.tokens as u32,
            None => self.policies.get(tenant).await.capacity,
        }
    }

    /// Pre-creates buckets for tenants that are about to get traffic.
    pub async fn warm(&self, tenants: &[TenantId]) {
        let now = Instant::now();
        for &tenant in tenants {
            self.buckets.lock().insert(tenant, Bucket::new(&self.policies.get(tenant).await, now)); // EXPECT: lock-across-await
        }
    }

    pub async fn warm_missing(&self, tenants: &[TenantId]) {
        let now = Instant::now();
        let missing: Vec<TenantId> = tenants
            .iter()
            .copied()
            .filter(|t| !self.buckets.lock().contains_key(t)) // OK: lock-across-await
            .collect();
        for tenant in missing {
            let policy = self.policies.get(tenant).await;
            self.buckets.lock().entry(tenant).or_insert_with(|| Bucket::new(&policy, now)); // OK: lock-across-await
        }
    }

    /// Settles finished requests: closes the in-flight slot and bills the units.
    pub async fn settle(&self, batch: &[(TenantId, u64)]) -> anyhow::Result<()> {
        let in_flight = Arc::clone(&self.in_flight);
        let ledger = Arc::clone(&self.ledger);
        let settle_one = async |tenant: TenantId, units: u64| {
            let mut open = in_flight.lock(); // EXPECT: lock-across-await
            if let Some(n) = open.get_mut(&tenant) {
                *n = n.saturating_sub(1);
            }
            ledger.credit(tenant, units).await
        };
        for &(tenant, units) in batch {
            settle_one(tenant, units).await?;
        }
        Ok(())
    }

    pub async fn apply_policy(&self, tenant: TenantId, policy: Policy) {
        // Let an in-progress refill sweep finish before swapping the policy.
        let _ = self.sweep_gate.lock(); // OK: lock-across-await
        self.policies.set(tenant, policy).await;
        self.buckets.lock().insert(tenant, Bucket::new(&policy, Instant::now())); // OK: lock-across-await
    }

    pub fn refill_all(&self) {
        let _sweeping = self.sweep_gate.lock(); // OK: lock-across-await
        let now = Instant::now();
        for bucket in self.buckets.lock().values_mut() { // OK: lock-across-await
            bucket.refill(now);
        }
    }

    pub async fn reset(&self, tenant: TenantId) -> anyhow::Result<()> {
        let mut buckets = self.buckets.lock(); // OK: lock-across-await
        let used = buckets.remove(&tenant).map(|b| b.capacity - b.tokens).unwrap_or(0.0);
        drop(buckets);
        self.ledger.credit(tenant, used as u64).await
    }

    pub async fn publish_denials(&self, out: &mpsc::Sender<Vec<(TenantId, u64)>>) -> anyhow::Result<()> {
        let denials: Vec<(TenantId, u64)> = self.denials.lock().drain().collect(); // OK: lock-across-await
        out.send(denials).await?;
        Ok(())
    }
}
