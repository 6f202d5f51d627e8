//! `use super::*` in a test module brings the parent's names in, nothing more: external paths
//! (`std::fs::metadata`, `tokio::spawn`) keep their meaning, and the parent's own imports and
//! items are seen through the glob.

use std::thread;

mod fs {
    //! A crate module that shadows `std::fs`: its `read` is async.
    pub async fn read(_path: &str) -> Vec<u8> {
        Vec::new()
    }
}

async fn size_of(path: &str) -> u64 {
    std::fs::read(path).map(|b| b.len() as u64).unwrap_or(0) // EXPECT: blocking-in-async
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reads_the_size() {
        std::fs::write("/tmp/x", b"abc").unwrap(); // EXPECT: blocking-in-async
        thread::sleep(std::time::Duration::from_millis(5)); // EXPECT: blocking-in-async
        tokio::spawn(async {}); // OK: detached-spawn
        tokio::time::sleep(std::time::Duration::from_millis(5)); // EXPECT: unawaited-future
        let body = fs::read("/tmp/x").await; // OK: blocking-in-async
        assert_eq!(size_of("/tmp/x").await, body.len() as u64);
    }

    mod nested {
        use super::*;

        #[tokio::test]
        async fn two_globs_deep() {
            thread::sleep(std::time::Duration::from_millis(5)); // EXPECT: blocking-in-async
            let _ = fs::read("/tmp/x").await; // OK: blocking-in-async
        }
    }
}

fn main() {}
