//! Test code is not reported by default: `#[cfg(test)]` modules, items whose cfg requires
//! `test`, and fns whose attribute path ends in `test`. What merely looks like test code is
//! compiled in a normal build, and reported. (`all-targets/` holds the same shapes checked
//! with `all-targets = true`.)

use std::time::Duration;

pub async fn poll_upstream() {
    std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
}

#[tokio::test]
async fn polls_quickly() {
    std::thread::sleep(Duration::from_millis(10)); // OK: blocking-in-async
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polls_on_several_workers() {
    std::fs::read_to_string("fixtures/upstream.json").unwrap(); // OK: blocking-in-async
}

#[sqlx::test]
async fn stores_rows() {
    std::thread::sleep(Duration::from_millis(1)); // OK: blocking-in-async
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn seeded_store() {
        std::fs::write("/tmp/store.json", b"{}").unwrap(); // OK: blocking-in-async
    }

    mod slow {
        pub async fn wait_for_flush() {
            std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async
        }
    }
}

#[cfg(all(test, feature = "soak"))]
async fn soak_upstream() {
    std::thread::sleep(Duration::from_secs(60)); // OK: blocking-in-async
}

/// `any(test, ..)` is also true in a normal build with the feature on: compiled code.
#[cfg(any(test, feature = "mock-upstream"))]
pub async fn mock_upstream() {
    std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
}

#[cfg(not(test))]
pub async fn real_upstream() {
    std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
}

/// Only attribute paths ending in `test` mark a test fn; `rstest` does not.
#[rstest]
async fn case_generator() {
    std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
}

pub struct Pool;

impl Pool {
    #[cfg(test)]
    pub async fn drain_for_tests(&self) {
        std::thread::sleep(Duration::from_millis(5)); // OK: blocking-in-async
    }

    pub async fn drain(&self) {
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
    }
}

/// A module named like a test module but compiled: only its `#[test]` fns are test code.
mod testing_support {
    use std::time::Duration;

    pub async fn settle() {
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
    }

    #[test]
    fn settles() {
        futures::executor::block_on(super::testing_support::settle());
    }
}

fn main() {}
