//! kit-harness: what kit's exercise tests use to prove async behaviour, not just to check
//! results.
//!
//! - [`time`]: measure a future on tokio's paused clock, exactly and instantly, watched by the
//!   [`clock_witness`] for code that moves the clock by hand.
//! - [`services`]: simulated services (a users API, a database, a rate-limited LLM endpoint)
//!   that sleep on tokio time and count calls ([`calls`]): started, completed and dropped
//!   calls apart, in flight, max in flight, start times, failures.
//! - [`watchdog`]: a stall watchdog proving that nothing blocked the runtime.
//! - [`message`]: teaching text as references into kit's Fluent catalogue (`msg!`), so kit
//!   shows it in the learner's language.
//! - [`grade`]: assertions whose failure messages teach and point at `kit hint`;
//!   [`call_checks`] adds the checks on a service's counters.
//! - [`http`]: a real loopback HTTP server with the same counters, for reqwest exercises.
//! - [`verdict`]: how a check reports to kit, and [`check`], the attribute every grading test
//!   wears (`#[kit_harness::check(start_paused = true)]` instead of `#[tokio::test(...)]`).
//! - [`isolated`]: a runtime of its own under a real-time deadline, for code that panics
//!   inside the runtime or deadlocks it (`block_on` in async code, loops that never idle).
//! - [`wakeups`]: how often the runtime was woken up, the proof against busy waiting.
//! - `instruments`: the services' counters and ledgers answer the grading tests only, never
//!   the learner's `src/` (it could wait for a counter instead of doing the work).
//! - [`timeline`]: the calls each timing or bound check saw, with its limit, carried in the
//!   check's record so kit can draw them beside the shape correct code has.
//!
//! A grading test in one screen:
//!
//! ```
//! use std::time::Duration;
//! use kit_harness::{Exercise, UserApi, measure, msg};
//!
//! const EXERCISE: Exercise = Exercise::new("exercise-01");
//!
//! # async fn fetch_ten_users(api: &UserApi) -> Vec<kit_harness::User> {
//! #     futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await.unwrap()
//! # }
//! # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
//! // in tests/grade.rs: #[kit_harness::check(start_paused = true)]
//! let api = UserApi::new(); // 500 ms per call
//! let run = measure(fetch_ten_users(&api)).await;
//! EXERCISE
//!     .elapsed(msg!("exercise-01-ten-users-take-half-a-second-what"), run.elapsed)
//!     .between(Duration::from_millis(500), Duration::from_millis(600))
//!     .too_slow_means(msg!("exercise-01-ten-users-take-half-a-second-too-slow"))
//!     .help(msg!("exercise-01-ten-users-take-half-a-second-help"))
//!     .check();
//! EXERCISE.assert_overlapped(&api.stats(), 10, msg!("exercise-01-all-ten-requests-are-in-flight-together-help-2"));
//! # }
//! ```

#![warn(missing_docs)]

pub mod call_checks;
pub mod calls;
pub mod clock_witness;
pub mod grade;
pub mod http;
mod instruments;
pub mod isolated;
pub mod message;
pub mod services;
pub mod time;
pub mod timeline;
pub mod verdict;
pub mod wakeups;
pub mod watchdog;

pub use calls::{CallRecord, CallStats, Outcome};
pub use clock_witness::ClockJump;
pub use grade::{Exercise, Failure};
pub use isolated::{Isolated, Stopped};
pub use kit_harness_macros::check;
pub use message::{Arg, Message};
pub use services::framed_peer::{FramedPeer, HEARTBEAT, MAX_FRAME_LEN, PeerHandle, PeerReport};
pub use services::{
    BillingApi, Database, Invoice, InvoicePage, LlmEndpoint, PageRequest, PriceCatalog, RateLimit,
    Row, ServiceError, SimService, SyncDatabase, UNKNOWN_CURSOR_KEY, User, UserApi,
};
pub use time::{Measured, format_duration, measure, unpredictable_moment};
pub use timeline::Concurrency;
pub use wakeups::RuntimeWakeups;
pub use watchdog::{StallReport, StallWatchdog};
