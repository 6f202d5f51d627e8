//! Named jobs configured at startup: a trigger request names which to run.

use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Clone)]
pub struct Job {
    pub name: String,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

pub struct Jobs {
    configured: Vec<Job>,
}

impl Jobs {
    /// At most one task per configured job, whatever the request names: the request only
    /// picks among them.
    pub async fn trigger(&self, names: BTreeMap<String, bool>) {
        let mut started = tokio::task::JoinSet::new();
        for (name, enabled) in names {
            if !enabled {
                continue;
            }
            if let Some(job) = self.configured.iter().find(|j| j.name == name).cloned() {
                started.spawn(async move { (job.run)() }); // OK: unbounded-gather
            }
        }
        started.join_all().await;
    }
}
