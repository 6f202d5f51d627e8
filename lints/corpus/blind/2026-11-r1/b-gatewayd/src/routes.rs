//! The route table: longest-prefix match from request path to upstream name, swapped in whole
//! when the admin API publishes a new set.

use std::collections::BTreeMap;
use std::sync::Arc;

use parking_lot::RwLock;
use tokio::sync::watch;
use tracing::info;

use crate::config::RouteRule;

#[derive(Debug, Clone, Default)]
pub struct RouteTable {
    by_prefix: BTreeMap<String, RouteRule>,
    pub version: u64,
}

impl RouteTable {
    pub fn from_rules(rules: &[RouteRule], version: u64) -> Self {
        let by_prefix = rules.iter().map(|r| (r.prefix.clone(), r.clone())).collect();
        Self { by_prefix, version }
    }

    pub fn lookup(&self, path: &str) -> Option<&RouteRule> {
        self.by_prefix.iter().rev().find(|(prefix, _)| path.starts_with(prefix.as_str())).map(|(_, r)| r)
    }
}

pub struct Router {
    table: RwLock<RouteTable>,
    changes: watch::Sender<u64>,
}

impl Router {
    pub fn new(rules: &[RouteRule]) -> (Arc<Router>, watch::Receiver<u64>) {
        let (changes, rx) = watch::channel(0);
        let router = Router { table: RwLock::new(RouteTable::from_rules(rules, 0)), changes };
        (Arc::new(router), rx)
    }

    pub fn resolve(&self, path: &str) -> Option<RouteRule> {
        self.table.read().lookup(path).cloned()
    }

    pub fn snapshot(&self) -> RouteTable {
        self.table.read().clone()
    }

    /// Replaces the table and tells the proxies; subscribers read the version lazily.
    pub async fn publish(&self, rules: Vec<RouteRule>, persist: &crate::audit::AuditLog) -> anyhow::Result<()> {
        let version = {
            let mut table = self.table.write(); // OK: lock-across-await
            *table = RouteTable::from_rules(&rules, table.version + 1);
            table.version
        };
        let _ = self.changes.send(version); // OK: unawaited-future
        persist.record_async("routes.publish", &format!("v{version}")).await?;
        info!(version, "route table published");
        Ok(())
    }

    /// Diffs the current table against a candidate, then validates the candidate upstream by upstream.
    pub async fn dry_run(&self, rules: &[RouteRule], probe: &crate::health::HealthChecker) -> Vec<String> {
        let table = self.table.read(); // EXPECT: lock-across-await
        let mut problems = Vec::new();
        for rule in rules {
            if table.lookup(&rule.prefix).is_none() && !probe.is_known(&rule.upstream).await {
                problems.push(format!("{}: unknown upstream {}", rule.prefix, rule.upstream));
            }
        }
        problems
    }

    pub async fn wait_for_version(&self, mut rx: watch::Receiver<u64>, want: u64) -> anyhow::Result<()> {
        while *rx.borrow_and_update() < want { // OK: lock-across-await
            rx.changed().await?;
        }
        let current = self.table.read().version; // OK: lock-across-await
        info!(current, "route version reached");
        tokio::task::yield_now().await;
        Ok(())
    }
}
