mod account;
mod bucket;
mod ledger;
mod limiter;
mod policy;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use account::AccountService;
use bucket::Decision;
use ledger::{Ledger, UsageRecord};
use limiter::RateLimiter;
use policy::{Policy, PolicyStore, TenantId};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (billing_tx, mut billing_rx) = mpsc::channel::<Vec<UsageRecord>>(256);
    let (notice_tx, mut notice_rx) = mpsc::channel::<(TenantId, String)>(64);

    let billing = tokio::spawn(async move {
        let mut units = 0_u64;
        while let Some(batch) = billing_rx.recv().await {
            units += batch.iter().map(|r| r.units).sum::<u64>();
        }
        units
    });
    let notifier = tokio::spawn(async move {
        while let Some((tenant, text)) = notice_rx.recv().await {
            println!("notify tenant {tenant}: {text}");
        }
    });

    let policies = Arc::new(PolicyStore::new(Policy::FREE));
    let ledger = Arc::new(Ledger::new(billing_tx));
    let limiter = RateLimiter::new(Arc::clone(&policies), Arc::clone(&ledger));
    let accounts = AccountService::new(Arc::clone(&ledger), notice_tx);

    policies.set(42, Policy::PRO).await;
    limiter.warm_missing(&[1, 2, 42]).await;

    let mut ticker = tokio::time::interval(Duration::from_millis(50));
    for round in 0..20_u32 {
        ticker.tick().await;
        limiter.refill_all();
        for tenant in [1, 2, 42] {
            match limiter.check(tenant, 1 + round % 3).await {
                Decision::Allowed { .. } => ledger.record(tenant, 1 + (round % 3) as u64),
                Decision::Denied { retry_after } => {
                    println!("tenant {tenant} throttled for {retry_after:?}");
                }
            }
            accounts.enforce_quota(tenant, &policies.get(tenant).await).await?;
        }
        ledger.drain(100).await?;
    }

    let top = ledger.top_tenants(3).await?;
    println!("top tenants: {top:?}, stats {:?}", ledger.stats());

    ledger.wait_until_drained().await;
    drop(limiter);
    drop(accounts);
    drop(ledger);
    let billed = billing.await?;
    notifier.await?;
    println!("billed {billed} units");
    Ok(())
}
