//! Where async context starts and stops: async blocks inside sync fns are async, nested fn
//! items inside async fns are not, async closures are.

use std::future::Future;
use std::time::Duration;

fn make_job(path: String) -> impl Future<Output = String> {
    let eager = std::fs::read_to_string("eager.txt").unwrap_or_default(); // OK: blocking-in-async
    async move {
        let late = std::fs::read_to_string(&path).unwrap_or_default(); // EXPECT: blocking-in-async
        eager + &late
    }
}

async fn with_nested_helper() -> usize {
    fn count_lines(path: &str) -> usize {
        std::fs::read_to_string(path).map(|t| t.lines().count()).unwrap_or(0) // OK: blocking-in-async
    }
    let pause = |ms| std::thread::sleep(Duration::from_millis(ms)); // EXPECT: blocking-in-async
    pause(5);
    tokio::task::spawn_blocking(|| count_lines("big.log")).await.unwrap()
}

struct Indexer;

impl Indexer {
    fn rebuild(&self) {
        std::thread::sleep(Duration::from_millis(50)); // OK: blocking-in-async
    }

    async fn refresh(&self) {
        let retry = async || {
            std::thread::sleep(Duration::from_millis(50)); // EXPECT: blocking-in-async
        };
        retry().await;
    }
}

impl Drop for Indexer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file("index.lock"); // OK: blocking-in-async
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rebuild_waits() {
        std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
    }
}

fn main() {}
