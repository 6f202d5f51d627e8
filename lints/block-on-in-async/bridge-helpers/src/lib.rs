//! Async handlers reaching `block_on` through the crate's sync helpers: the finding is at the
//! async call, with the chain. Helpers only called from blocking threads are fine.

mod legacy;

use std::sync::Arc;

pub async fn on_config_change(cache: Arc<legacy::Cache>) {
    legacy::refresh_sync(&cache); // EXPECT: block-on-in-async [mentions: block_on] // OK: blocking-in-async
    let entries = legacy::count_sync(&cache); // EXPECT: block-on-in-async [mentions: blocking_lock]
    let copy = cache.clone();
    tokio::task::spawn_blocking(move || legacy::refresh_sync(&copy)).await.ok(); // OK: block-on-in-async
    legacy::describe(&cache, entries); // OK: block-on-in-async
}
