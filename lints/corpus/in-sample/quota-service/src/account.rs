use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{mpsc, Mutex};

use crate::ledger::Ledger;
use crate::policy::{Policy, TenantId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStatus {
    Active,
    Frozen,
}

#[derive(Debug, Clone)]
pub struct Account {
    pub tenant: TenantId,
    pub status: AccountStatus,
    pub frozen_reason: Option<String>,
}

impl Account {
    pub fn new(tenant: TenantId) -> Self {
        Self { tenant, status: AccountStatus::Active, frozen_reason: None }
    }

    /// Freezes the account. Returns `false` if it was already frozen.
    pub fn lock(&mut self, reason: &str) -> bool {
        if self.status == AccountStatus::Frozen {
            return false;
        }
        self.status = AccountStatus::Frozen;
        self.frozen_reason = Some(reason.to_owned());
        true
    }

    pub fn unlock(&mut self) {
        self.status = AccountStatus::Active;
        self.frozen_reason = None;
    }
}

/// Freezes tenants that blow through their monthly quota and tells the
/// notification service about it.
pub struct AccountService {
    accounts: Mutex<HashMap<TenantId, Account>>,
    ledger: Arc<Ledger>,
    notices: mpsc::Sender<(TenantId, String)>,
}

impl AccountService {
    pub fn new(ledger: Arc<Ledger>, notices: mpsc::Sender<(TenantId, String)>) -> Self {
        Self { accounts: Mutex::new(HashMap::new()), ledger, notices }
    }

    pub async fn enforce_quota(&self, tenant: TenantId, policy: &Policy) -> anyhow::Result<bool> {
        if self.ledger.total(tenant) < policy.monthly_quota {
            return Ok(false);
        }
        let mut accounts = self.accounts.lock().await; // OK: lock-across-await
        let account = accounts.entry(tenant).or_insert_with(|| Account::new(tenant));
        let newly_frozen = account.lock("monthly quota exhausted"); // OK: lock-across-await
        if newly_frozen {
            self.notices.send((tenant, "account frozen: monthly quota exhausted".into())).await?;
        }
        Ok(newly_frozen)
    }

    pub async fn unfreeze(&self, tenant: TenantId) -> anyhow::Result<()> {
        if let Some(account) = self.accounts.lock().await.get_mut(&tenant) { // OK: lock-across-await
            account.unlock();
            self.notices.send((tenant, "account reactivated".into())).await?;
        }
        Ok(())
    }
}
