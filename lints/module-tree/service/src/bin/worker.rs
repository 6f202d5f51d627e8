//! `src/bin/*.rs` is a crate root.

async fn drain_queue() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async
}

fn main() {}
