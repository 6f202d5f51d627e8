//! Fixture files. Loading is sync on purpose: fixtures are tiny and read before the runtime starts
//! in most tests, but async tests should prefer `Fixture::load_async`.
use std::path::{Path, PathBuf};
use std::time::Duration;

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

pub struct Fixture {
    pub name: String,
    pub body: String,
}

impl Fixture {
    pub fn load(name: &str) -> Self {
        let body = std::fs::read_to_string(fixture_path(name)).expect("fixture missing"); // OK: blocking-in-async
        Self { name: name.to_owned(), body }
    }

    pub async fn load_async(name: &str) -> Self {
        let body = tokio::fs::read_to_string(fixture_path(name)).await.expect("fixture missing");
        Self { name: name.to_owned(), body }
    }

    /// The fixtures a test names, loaded together (tests list a handful of names).
    pub async fn load_all_async(names: &[&str]) -> Vec<Self> {
        futures::future::join_all(names.iter().map(|n| Self::load_async(n))).await // OK: unbounded-gather
    }
}

/// Waits for a condition by polling; for sync (non-tokio) tests only.
pub fn wait_until(mut cond: impl FnMut() -> bool, timeout: Duration) -> bool {
    let start = std::time::Instant::now();
    while !cond() {
        if start.elapsed() > timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5)); // OK: blocking-in-async
    }
    true
}

pub mod time {
    //! Async time helpers that play well with `start_paused`.
    use std::time::Duration;

    pub async fn sleep(d: Duration) {
        tokio::time::sleep(d).await
    }

    pub async fn settle() {
        tokio::task::yield_now().await;
        sleep(Duration::from_millis(1)).await;
    }
}
