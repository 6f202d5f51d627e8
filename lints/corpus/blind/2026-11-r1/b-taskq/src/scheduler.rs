//! Recurring jobs: a table of schedules is checked every minute and due entries are pushed
//! onto the queue.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use tokio::sync::watch;
use tracing::{info, warn};

use crate::queue::Queue;

#[derive(Debug, Clone)]
pub struct Schedule {
    pub kind: String,
    pub every: Duration,
    pub payload: serde_json::Value,
}

pub struct Scheduler {
    queue: Queue,
    schedules: RwLock<BTreeMap<String, Schedule>>,
    last_run: RwLock<HashMap<String, SystemTime>>,
    config: watch::Receiver<Vec<Schedule>>,
}

impl Scheduler {
    pub fn new(queue: Queue, config: watch::Receiver<Vec<Schedule>>) -> Arc<Scheduler> {
        Arc::new(Scheduler { queue, schedules: RwLock::new(BTreeMap::new()), last_run: RwLock::new(HashMap::new()), config })
    }

    pub async fn run(self: Arc<Self>, mut stop: watch::Receiver<bool>) {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tokio::select! {
                _ = stop.changed() => break,
                _ = tick.tick() => {}
            }
            self.reload_config();
            if let Err(e) = self.push_due().await {
                warn!(error = %e, "scheduling round failed");
            }
        }
    }

    fn reload_config(&self) {
        let wanted = self.config.borrow().clone(); // OK: lock-across-await
        let mut schedules = self.schedules.write().unwrap();
        schedules.clear();
        for s in wanted {
            schedules.insert(s.kind.clone(), s);
        }
    }

    async fn push_due(&self) -> anyhow::Result<()> {
        let now = SystemTime::now();
        let schedules = self.schedules.read().unwrap(); // EXPECT: lock-across-await
        for (kind, schedule) in schedules.iter() {
            let last = self.last_run.read().unwrap().get(kind).copied(); // OK: lock-across-await
            let due = last.is_none_or(|t| now.duration_since(t).unwrap_or_default() >= schedule.every);
            if due {
                self.queue.push(kind, schedule.payload.clone()).await?;
                self.last_run.write().unwrap().insert(kind.clone(), now); // OK: lock-across-await
            }
        }
        Ok(())
    }

    /// Pushes one schedule immediately, from the admin command.
    pub async fn trigger(&self, kind: &str) -> anyhow::Result<()> {
        let schedule = self.schedules.read().unwrap().get(kind).cloned(); // OK: lock-across-await
        let Some(schedule) = schedule else {
            anyhow::bail!("no schedule {kind}");
        };
        let _ = self.queue.push(kind, schedule.payload); // EXPECT: unawaited-future
        info!(kind, "schedule triggered");
        Ok(())
    }

    pub async fn trigger_all(&self) -> anyhow::Result<usize> {
        let kinds: Vec<String> = self.schedules.read().unwrap().keys().cloned().collect(); // OK: lock-across-await
        let push = async |kind: String| -> anyhow::Result<i64> { self.queue.push(&kind, serde_json::Value::Null).await };
        let pushes: Vec<_> = kinds.into_iter().map(|k| push(k)).collect(); // OK: unawaited-future
        let results = futures::future::join_all(pushes).await;
        Ok(results.into_iter().filter(|r| r.is_ok()).count())
    }

    pub async fn forget(&self, kind: &str) {
        let mut last_run = self.last_run.write().unwrap(); // EXPECT: lock-across-await
        last_run.remove(kind); // OK: unawaited-future
        self.queue.clear(kind).await.ok();
    }

    pub async fn forget_quietly(&self, kind: &str) {
        self.last_run.write().unwrap().remove(kind); // OK: lock-across-await, unawaited-future
        self.queue.clear(kind); // EXPECT: unawaited-future
    }

    pub async fn describe(&self) -> Vec<String> {
        match self.schedules.read() { // EXPECT: lock-across-await
            Ok(schedules) => {
                let mut out = Vec::new();
                for (kind, s) in schedules.iter() {
                    let depth = self.queue.count().await.unwrap_or(0);
                    out.push(format!("{kind} every {:?} (queue {depth})", s.every));
                }
                out
            }
            Err(_) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn trigger_unknown_kind_fails() {
        let queue = Queue::connect("postgres://localhost/taskq_test").await.unwrap();
        let (_tx, rx) = watch::channel(Vec::new());
        let s = Scheduler::new(queue, rx);
        let guard = s.schedules.read().unwrap(); // OK: lock-across-await
        assert!(s.trigger("nope").await.is_err());
        drop(guard);
        s.queue.clear("nope"); // OK: unawaited-future
        let h = tokio::runtime::Handle::current();
        let _ = std::thread::spawn(move || h.block_on(async { 2 })).join(); // OK: block-on-in-async, blocking-in-async
    }
}
