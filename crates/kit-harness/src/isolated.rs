//! Running code that may wreck its runtime: on a runtime of its own, in a thread of its own,
//! under a deadline of REAL time.
//!
//! Some pitfalls do not fail a check, they take the test down with them. `Handle::block_on`
//! inside async code panics inside the runtime ("Cannot start a runtime from within a
//! runtime"); `futures::executor::block_on` there deadlocks it (the thread waits for a future
//! only that thread could drive); a loop that only yields keeps a paused clock from ever
//! moving, so the test's own timers never fire. A plain `#[tokio::test]` would die with
//! tokio's message or hang until the grader kills it. [`Isolated::run`] instead hands back a
//! [`Stopped`]: the first panic's message and place, or the fact that the deadline passed, so
//! the test can say what happened and why.
//!
//! - The deadline is real time: keep it wide (seconds for work that needs well under one).
//! - A stuck thread cannot be killed; it is left behind and ends with the test process.
//! - Panics in the isolated threads (the runtime's own thread, its workers, its blocking
//!   pool) are recorded, not printed: the test reports them in its own teaching message, and
//!   the grader, which shows a test's first panic, shows that message.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once, PoisonError, mpsc};
use std::time::Duration;

use crate::message::{Arg, Message};
use crate::msg;

/// Every thread of an isolated run is named `kit-isolated-<run>`; the panic hook finds its
/// run from the name.
const THREAD_PREFIX: &str = "kit-isolated-";

static NEXT_RUN: AtomicU64 = AtomicU64::new(1);
static HOOK: Once = Once::new();
/// The first panic of each run still in progress.
static FIRST_PANICS: Mutex<Option<HashMap<u64, PanicRecord>>> = Mutex::new(None);

/// Why an isolated run did not return a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stopped {
    /// Something panicked in the run's threads; this is the first panic.
    Panicked {
        /// The panic message ("Cannot start a runtime from within a runtime. ...").
        message: String,
        /// Where it panicked (`src/lib.rs:12:5`), when known.
        location: Option<String>,
    },
    /// The run had not finished when the deadline passed: deadlocked, or never idle.
    Stuck {
        /// The real-time deadline it missed.
        deadline: Duration,
    },
}

impl Stopped {
    /// One line for a failure message: "`what` panicked at ...: ..." or "`what` was still
    /// running after 5.0 s of real time".
    pub fn describe(&self, what: impl Into<Arg>) -> Message {
        let what = what.into();
        match self {
            Self::Panicked {
                message,
                location: Some(location),
            } => msg!(
                "harness-stopped-panicked-at",
                what = what,
                location = location,
                message = message,
            ),
            Self::Panicked {
                message,
                location: None,
            } => msg!("harness-stopped-panicked", what = what, message = message),
            Self::Stuck { deadline } => {
                msg!("harness-stopped-stuck", what = what, deadline = *deadline)
            }
        }
    }

    /// Whether the first panic's message contains `text`, for advice that depends on it.
    pub fn panic_mentions(&self, text: &str) -> bool {
        matches!(self, Self::Panicked { message, .. } if message.contains(text))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavor {
    CurrentThread,
    MultiThread { workers: usize },
}

/// A runtime to build in a fresh thread; see the module docs.
///
/// ```
/// # use std::time::Duration;
/// use kit_harness::isolated::{Isolated, Stopped};
///
/// let run = Isolated::current_thread().run(|| async {
///     tokio::runtime::Handle::current().block_on(async { 1 })
/// });
/// assert!(matches!(run, Err(Stopped::Panicked { .. })));
///
/// let run = Isolated::current_thread()
///     .start_paused()
///     .run(|| async { tokio::time::sleep(Duration::from_secs(60)).await; 2 });
/// assert_eq!(run, Ok(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "nothing runs until `.run(...)` is called"]
pub struct Isolated {
    flavor: Flavor,
    paused: bool,
    deadline: Duration,
}

impl Isolated {
    /// How long [`run`](Self::run) waits unless told otherwise: 5 s of real time.
    pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(5);

    /// A `current_thread` runtime, the flavor `#[tokio::test]` uses.
    pub fn current_thread() -> Self {
        Self {
            flavor: Flavor::CurrentThread,
            paused: false,
            deadline: Self::DEFAULT_DEADLINE,
        }
    }

    /// A `multi_thread` runtime with `workers` worker threads.
    pub fn multi_thread(workers: usize) -> Self {
        Self {
            flavor: Flavor::MultiThread { workers },
            ..Self::current_thread()
        }
    }

    /// Start with tokio's clock paused, as `#[tokio::test(start_paused = true)]` does.
    ///
    /// # Panics
    /// On a multi-thread runtime: tokio pauses the clock of current_thread runtimes only.
    pub fn start_paused(mut self) -> Self {
        assert!(
            self.flavor == Flavor::CurrentThread,
            "authoring error: tokio can only pause the clock of a current_thread runtime"
        );
        self.paused = true;
        self
    }

    /// Give up after `deadline` of real time instead of [`DEFAULT_DEADLINE`](Self::DEFAULT_DEADLINE).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Build the runtime in a new thread, run `work()` to completion on it (as
    /// `Runtime::block_on` does) and return its output; or say why it stopped.
    pub fn run<T, Fut>(self, work: impl FnOnce() -> Fut + Send + 'static) -> Result<T, Stopped>
    where
        Fut: Future<Output = T>,
        T: Send + 'static,
    {
        install_panic_hook();
        let run = NEXT_RUN.fetch_add(1, Ordering::Relaxed);
        let thread_name = format!("{THREAD_PREFIX}{run}");
        let (finished, outcome) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name(thread_name.clone())
            .spawn(move || {
                let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    let runtime = self.build_runtime(&thread_name);
                    let value = runtime.block_on(work());
                    // Blocking threads still running must not hold up the answer.
                    runtime.shutdown_background();
                    value
                }));
                let _ = finished.send(result);
            });
        if let Err(error) = spawned {
            return Err(Stopped::Panicked {
                message: format!("could not start the isolated runtime's thread: {error}"),
                location: None,
            });
        }
        let received = outcome.recv_timeout(self.deadline);
        let first_panic = take_first_panic(run);
        match received {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(payload)) => Err(stopped_by_panic(first_panic, payload.as_ref())),
            Err(mpsc::RecvTimeoutError::Timeout) => Err(Stopped::Stuck {
                deadline: self.deadline,
            }),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err(stopped_by_panic(first_panic, &"the isolated thread died"))
            }
        }
    }

    fn build_runtime(&self, thread_name: &str) -> tokio::runtime::Runtime {
        let mut builder = match self.flavor {
            Flavor::CurrentThread => tokio::runtime::Builder::new_current_thread(),
            Flavor::MultiThread { workers } => {
                let mut builder = tokio::runtime::Builder::new_multi_thread();
                builder.worker_threads(workers);
                builder
            }
        };
        builder
            .enable_all()
            .start_paused(self.paused)
            .thread_name(thread_name)
            .build()
            .expect("the isolated tokio runtime could not be built")
    }
}

#[derive(Debug, Clone)]
struct PanicRecord {
    message: String,
    location: Option<String>,
}

fn stopped_by_panic(first: Option<PanicRecord>, payload: &(dyn Any + Send)) -> Stopped {
    let record = first.unwrap_or_else(|| PanicRecord {
        message: payload_text(payload),
        location: None,
    });
    Stopped::Panicked {
        message: record.message,
        location: record.location,
    }
}

fn payload_text(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// The run an isolated thread belongs to, from its name.
fn current_run() -> Option<u64> {
    std::thread::current()
        .name()?
        .strip_prefix(THREAD_PREFIX)?
        .parse()
        .ok()
}

fn first_panics() -> std::sync::MutexGuard<'static, Option<HashMap<u64, PanicRecord>>> {
    FIRST_PANICS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn take_first_panic(run: u64) -> Option<PanicRecord> {
    first_panics().as_mut()?.remove(&run)
}

/// Keeps the process's panic hook for every other thread; isolated threads record their
/// panics instead of printing them.
fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            let Some(run) = current_run() else {
                previous(info);
                return;
            };
            let record = PanicRecord {
                message: payload_text(info.payload()),
                location: info.location().map(ToString::to_string),
            };
            first_panics()
                .get_or_insert_with(HashMap::new)
                .entry(run)
                .or_insert(record);
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHORT: Duration = Duration::from_millis(300);

    #[test]
    fn returns_the_value_of_work_that_finishes() {
        let run = Isolated::multi_thread(2)
            .run(|| async { tokio::spawn(async { 6 * 7 }).await.unwrap() });
        assert_eq!(run, Ok(42));
    }

    #[test]
    fn reports_tokios_panic_for_block_on_inside_the_runtime_with_its_place() {
        for isolated in [Isolated::current_thread(), Isolated::multi_thread(2)] {
            let run = isolated.run(|| async {
                tokio::spawn(async { tokio::runtime::Handle::current().block_on(async { 1 }) })
                    .await
                    .unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()))
            });
            let stopped = run.unwrap_err();
            assert!(
                stopped.panic_mentions("Cannot start a runtime from within a runtime"),
                "{stopped:?}"
            );
            let description = stopped.describe("pricing").english();
            assert!(
                description.starts_with("pricing panicked at crates/kit-harness/src/isolated.rs:"),
                "{description}"
            );
        }
    }

    #[test]
    fn reports_a_deadlocked_runtime_as_stuck() {
        // A thread parked on a future whose timer only this very thread could fire.
        let run = Isolated::current_thread().deadline(SHORT).run(|| async {
            futures::executor::block_on(tokio::time::sleep(Duration::from_millis(10)));
        });
        assert_eq!(run, Err(Stopped::Stuck { deadline: SHORT }));
        assert_eq!(
            run.unwrap_err().describe("the lookup").english(),
            "the lookup was still running after 0.3 s of real time"
        );
    }

    #[test]
    fn reports_a_loop_that_never_lets_a_paused_clock_move_as_stuck() {
        let run = Isolated::current_thread()
            .start_paused()
            .deadline(SHORT)
            .run(|| async {
                let spinner = tokio::spawn(async {
                    loop {
                        tokio::task::yield_now().await;
                    }
                });
                tokio::time::sleep(Duration::from_secs(1)).await;
                spinner.abort();
            });
        assert_eq!(run, Err(Stopped::Stuck { deadline: SHORT }));
    }

    #[test]
    fn a_paused_clock_auto_advances_as_in_a_tokio_test() {
        let run = Isolated::current_thread().start_paused().run(|| async {
            let start = tokio::time::Instant::now();
            tokio::time::sleep(Duration::from_secs(3600)).await;
            start.elapsed()
        });
        assert_eq!(run, Ok(Duration::from_secs(3600)));
    }

    #[test]
    fn only_isolated_threads_belong_to_a_run() {
        let named = |name: &str| {
            std::thread::Builder::new()
                .name(name.to_owned())
                .spawn(current_run)
                .unwrap()
                .join()
                .unwrap()
        };
        assert_eq!(named("kit-isolated-12"), Some(12));
        assert_eq!(named("kit-isolated-worker"), None);
        assert_eq!(named("main"), None);
    }
}
