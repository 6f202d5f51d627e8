//! kit: a graded exercise kit for async Rust. Each exercise's tests prove, on the running
//! code, that it is really concurrent, bounded and non-blocking; asynclint adds a lint pass.
//!
//! Modules by responsibility (rustlings is the model): [`cli`] the commands,
//! [`kit_root`] where the kit is, [`info_file`] the exercise list, [`exercise`] naming
//! exercises, [`cmd`] the cargo runner, [`test_run`] running one test under a time limit,
//! [`lint`] the asynclint pass, [`grade`] measuring, [`report`] rendering, [`app_state`]
//! the progress file, [`starters`] the embedded starters and `reset`, [`verify`] the CI
//! check, [`watch`] re-grading on save, [`src_policy`] what a learner's `src/` may not use.

pub mod app_state;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod exercise;
pub mod grade;
pub mod info_file;
pub mod kit_root;
pub mod lint;
pub mod report;
pub mod src_policy;
pub mod starters;
pub mod test_run;
pub mod verify;
pub mod watch;
