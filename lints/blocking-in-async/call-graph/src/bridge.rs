//! A sync facade over async code: re-enters the runtime with `block_on`, which blocks the
//! calling thread (and panics when that thread is a runtime worker).

use tokio::runtime::Handle;

pub fn sync_total() -> u64 {
    total_via_runtime()
}

fn total_via_runtime() -> u64 {
    Handle::current().block_on(async { 42 }) // OK: blocking-in-async
}
