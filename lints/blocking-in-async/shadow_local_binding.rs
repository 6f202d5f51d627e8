//! Locals and parameters named like modules or functions are not those modules or functions.

struct Clock;

impl Clock {
    async fn sleep(&self, ms: u64) {
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
    }
}

struct Store;

impl Store {
    async fn read_to_string(&self, key: &str) -> String {
        key.to_string()
    }
}

async fn tick(thread: Clock, fs: Store) -> String {
    thread.sleep(5).await; // OK: blocking-in-async
    fs.read_to_string("key").await // OK: blocking-in-async
}

fn main() {}
