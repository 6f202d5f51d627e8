//! With `all-targets = true`, test code is analysed like the rest: `#[cfg(test)]` modules,
//! `#[tokio::test]` fns and test-only impl items get the same findings as compiled code.

use std::time::Duration;

pub async fn poll_upstream() {
    std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
}

#[tokio::test]
async fn polls_quickly() {
    std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
}

#[cfg(test)]
mod tests {
    async fn seeded_store() {
        std::fs::write("/tmp/store.json", b"{}").unwrap(); // EXPECT: blocking-in-async
    }

    #[test]
    fn sync_test_may_block() {
        std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
    }
}

pub struct Pool;

impl Pool {
    #[cfg(test)]
    pub async fn drain_for_tests(&self) {
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
    }
}

fn main() {}
