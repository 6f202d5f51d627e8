use std::collections::HashMap;
use std::time::Duration;

use tokio::sync::RwLock;

pub type TenantId = u32;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Policy {
    pub capacity: u32,
    pub refill_per_sec: u32,
    pub monthly_quota: u64,
}

impl Policy {
    pub const FREE: Policy = Policy { capacity: 20, refill_per_sec: 2, monthly_quota: 10_000 };
    pub const PRO: Policy = Policy { capacity: 200, refill_per_sec: 50, monthly_quota: 5_000_000 };
}

/// Per-tenant policies, normally replicated from the billing service.
pub struct PolicyStore {
    policies: RwLock<HashMap<TenantId, Policy>>,
    default: Policy,
}

impl PolicyStore {
    pub fn new(default: Policy) -> Self {
        Self { policies: RwLock::new(HashMap::new()), default }
    }

    pub async fn get(&self, tenant: TenantId) -> Policy {
        if let Some(policy) = self.policies.read().await.get(&tenant) { // OK: lock-across-await
            return *policy;
        }
        // Miss: pretend to ask billing, then cache the answer.
        tokio::time::sleep(Duration::from_millis(5)).await;
        let mut policies = self.policies.write().await; // OK: lock-across-await
        *policies.entry(tenant).or_insert(self.default)
    }

    pub async fn set(&self, tenant: TenantId, policy: Policy) {
        let mut policies = self.policies.write().await; // OK: lock-across-await
        policies.insert(tenant, policy);
        // Wait for the replication ack before releasing writers.
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}
