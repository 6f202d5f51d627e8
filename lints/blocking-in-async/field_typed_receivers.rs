//! A struct field's declared type types its receiver: `self.ready.wait(..)` on a
//! `std::sync::Condvar` field blocks; the same call on a `tokio::sync::Notify`-like field does not.

use std::sync::{Arc, Condvar, Mutex};

struct Gate {
    ready: Condvar,
    slot: Mutex<bool>,
    shared: Arc<Condvar>,
    notify: tokio::sync::Notify,
}

impl Gate {
    async fn wait_ready(&self) {
        let mut slot = self.slot.lock().unwrap();
        while !*slot {
            slot = self.ready.wait(slot).unwrap(); // EXPECT: blocking-in-async
        }
        drop(slot);
        let guard = self.slot.lock().unwrap();
        let _guard = self.shared.wait(guard).unwrap(); // EXPECT: blocking-in-async
    }

    async fn wait_async(&self) {
        self.notify.notified().await; // OK: blocking-in-async
    }

    fn wait_sync(&self) {
        let slot = self.slot.lock().unwrap();
        let _slot = self.ready.wait(slot).unwrap(); // OK: blocking-in-async
    }
}

fn main() {}
