//! Counting how often the runtime was woken up: the proof against busy waiting.
//!
//! A runtime with nothing to do parks its thread until a timer is due or something wakes a
//! task. Code that waits for an event by checking a flag and sleeping a little, over and
//! over, makes the runtime park and wake once per check, although nothing happened. Code that
//! waits on a notification (`Notify`, a `watch` channel, a oneshot) lets it park once and
//! wakes it once, when the event comes. [`RuntimeWakeups`] counts the parks between two
//! moments, from tokio's own worker metrics (`worker_park_count`), so it sees every task on
//! the runtime, including tasks the code under test spawned to do its polling.
//!
//! On a paused clock a sleep-and-check loop still parks at every check: each park is where
//! tokio auto-advances the clock to the next timer. The count is exact and instant.
//!
//! A park is a real wake-up, but not every wake-up fires a timer: tokio's timer wheel has
//! levels (1 ms, 64 ms, 4 s slots, ...), and a timer seconds away wakes the runtime at each
//! level's boundary on its way down. A single long sleep therefore costs up to four parks, a
//! short sleep one to three. Compare counts with that in mind: a notification costs a handful,
//! a check every 100 ms costs well over one per check.

use tokio::runtime::Handle;

/// Parks of the current runtime's workers since [`start`](Self::start).
///
/// ```
/// # use std::time::Duration;
/// # use kit_harness::wakeups::RuntimeWakeups;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// let poller = tokio::spawn(async {
///     for _ in 0..50 {
///         tokio::time::sleep(Duration::from_millis(100)).await; // check a flag, sleep, repeat
///     }
/// });
/// let wakeups = RuntimeWakeups::start();
/// tokio::time::sleep(Duration::from_secs(5)).await;
/// assert!(wakeups.count() >= 50); // at least once per check
/// # poller.await.unwrap();
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct RuntimeWakeups {
    handle: Handle,
    at_start: u64,
}

impl RuntimeWakeups {
    /// Start counting on the current runtime.
    ///
    /// # Panics
    /// Outside a tokio runtime.
    #[track_caller]
    pub fn start() -> Self {
        let handle = Handle::try_current()
            .expect("the wake-up counter must start inside the tokio runtime it watches");
        let at_start = parks(&handle);
        Self { handle, at_start }
    }

    /// How many times the runtime went idle (and was woken again) since the counter started.
    pub fn count(&self) -> u64 {
        parks(&self.handle) - self.at_start
    }
}

fn parks(handle: &Handle) -> u64 {
    let metrics = handle.metrics();
    (0..metrics.num_workers())
        .map(|worker| metrics.worker_park_count(worker))
        .sum()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use tokio::sync::Notify;

    use super::*;

    const WAIT: Duration = Duration::from_secs(5);

    #[tokio::test(start_paused = true)]
    async fn a_task_that_waits_on_a_notification_costs_one_wakeup() {
        let event = Arc::new(Notify::new());
        let waiter = tokio::spawn({
            let event = Arc::clone(&event);
            async move { event.notified().await }
        });
        tokio::task::yield_now().await; // the waiter is now waiting
        let wakeups = RuntimeWakeups::start();
        tokio::time::sleep(WAIT).await;
        let while_waiting = wakeups.count();
        event.notify_one();
        waiter.await.unwrap();
        // Only the test's own 5 s sleep, on its way down the timer wheel.
        assert!(while_waiting <= 4, "{while_waiting} wake-ups");
    }

    #[tokio::test(start_paused = true)]
    async fn a_sleep_and_check_loop_wakes_the_runtime_at_every_check() {
        let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let poller = tokio::spawn({
            let done = Arc::clone(&done);
            async move {
                while !done.load(std::sync::atomic::Ordering::Acquire) {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        });
        tokio::task::yield_now().await;
        let wakeups = RuntimeWakeups::start();
        tokio::time::sleep(WAIT).await;
        let while_waiting = wakeups.count();
        done.store(true, std::sync::atomic::Ordering::Release);
        poller.await.unwrap();
        // 50 checks in 5 s, each at least one wake-up.
        assert!(while_waiting >= 50, "{while_waiting} wake-ups");
    }

    #[test]
    fn counts_every_worker_of_a_multi_thread_runtime() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let wakeups = RuntimeWakeups::start();
            for _ in 0..3 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            assert!(wakeups.count() >= 3, "{}", wakeups.count());
        });
    }
}
