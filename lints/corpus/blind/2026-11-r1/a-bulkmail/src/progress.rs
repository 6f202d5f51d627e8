//! Terminal progress output while a campaign is sending.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::task;

pub struct Bar {
    done: Arc<AtomicUsize>,
    total: usize,
}

impl Bar {
    pub fn inc(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    pub fn finish(&self) {
        eprintln!("\r{}/{} done", self.done.load(Ordering::Relaxed), self.total);
    }
}

/// A counter redrawn four times a second; it stops by itself once everything is sent.
pub fn start(total: usize) -> Bar {
    let done = Arc::new(AtomicUsize::new(0));
    let seen = done.clone();
    task::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        loop {
            tick.tick().await;
            let n = seen.load(Ordering::Relaxed);
            eprint!("\r{n}/{total}");
            if n >= total {
                break;
            }
        }
    });
    Bar { done, total }
}

/// A spinner for steps of unknown length; it spins until the process exits.
pub fn spinner(label: &'static str) {
    task::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let frames = ['|', '/', '-', '\\'];
        let mut i = 0usize;
        loop {
            eprint!("\r{label} {}", frames[i % frames.len()]);
            i = i.wrapping_add(1);
            tokio::time::sleep(Duration::from_millis(120)).await;
        }
    });
}
