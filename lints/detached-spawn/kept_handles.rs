//! Handles that are kept: awaited, aborted, stored, pushed, returned or passed on. JoinSet and
//! TaskTracker own their tasks, so spawning into them is fine.

use std::collections::HashMap;

use tokio::task::{JoinHandle, JoinSet};
use tokio_util::task::TaskTracker;

async fn work(id: u32) -> u32 {
    id
}

struct Supervisor {
    workers: HashMap<u32, JoinHandle<u32>>,
    heartbeat: Option<JoinHandle<u32>>,
}

impl Supervisor {
    fn start(&mut self) {
        self.heartbeat = Some(tokio::spawn(work(0))); // OK: detached-spawn
        self.workers.insert(1, tokio::spawn(work(1))); // OK: detached-spawn
    }
}

fn start_reporter() -> JoinHandle<u32> {
    tokio::spawn(work(2)) // OK: detached-spawn
}

fn start_auditor() -> JoinHandle<u32> {
    let handle = tokio::spawn(work(3)); // OK: detached-spawn
    handle
}

async fn run() -> u32 {
    let awaited = tokio::spawn(work(4)).await.unwrap(); // OK: detached-spawn
    let later = tokio::spawn(work(5)); // OK: detached-spawn
    let aborted = tokio::spawn(work(6)); // OK: detached-spawn
    aborted.abort();
    let mut handles = Vec::new();
    handles.push(tokio::spawn(work(7))); // OK: detached-spawn
    let fixed: Vec<_> = (0..3).map(|i| tokio::spawn(work(i))).collect(); // OK: detached-spawn
    let mut set = JoinSet::new();
    set.spawn(work(8)); // OK: detached-spawn
    let tracker = TaskTracker::new();
    tracker.spawn(work(9)); // OK: detached-spawn
    tracker.close();
    tracker.wait().await;
    let abort_on_exit = tokio::spawn(work(10)).abort_handle(); // OK: detached-spawn
    abort_on_exit.abort();
    let mut total = later.await.unwrap() + awaited;
    for handle in handles.into_iter().chain(fixed) {
        total += handle.await.unwrap();
    }
    while let Some(done) = set.join_next().await {
        total += done.unwrap();
    }
    total
}

fn main() {
    let mut supervisor = Supervisor { workers: HashMap::new(), heartbeat: None };
    supervisor.start();
    drop(start_reporter());
    drop(start_auditor());
    std::thread::spawn(|| println!("a std thread is not a tokio task")); // OK: detached-spawn
}
