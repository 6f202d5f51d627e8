//! A sync "legacy" layer that bridges into async code.

use tokio::runtime::Handle;
use tokio::sync::Mutex;

pub struct Cache {
    pub entries: Mutex<Vec<String>>,
}

async fn reload(cache: &Cache) {
    cache.entries.lock().await.clear();
}

pub fn refresh_sync(cache: &Cache) {
    Handle::current().block_on(reload(cache));
}

pub fn count_sync(cache: &Cache) -> usize {
    lock_entries(cache)
}

fn lock_entries(cache: &Cache) -> usize {
    cache.entries.blocking_lock().len()
}

pub fn describe(cache: &Cache, entries: usize) -> String {
    format!("{entries} entries at {:p}", cache)
}
