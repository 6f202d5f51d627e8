//! kit: a graded exercise kit for async Rust. Each exercise's tests prove, on the running
//! code, that it is really concurrent, bounded and non-blocking; asynclint adds a lint pass.
//!
//! Modules by responsibility (rustlings is the model): [`cli`] the commands,
//! [`kit_root`] where the kit is, [`embedded`] the kit's own files inside the binary,
//! [`info_file`] the exercise list, [`exercise`] naming exercises, [`source`] the snapshot of
//! the learner's `src/`, [`grading_dir`] the grading workspace, [`cmd`] the cargo runner,
//! [`check_run`] running one check under a time limit, [`capture`] its bounded output,
//! [`process_guard`] its process group, [`verdict`] its signed record, [`i18n`] the language
//! and the Fluent catalogues every message comes from, [`lint`] the asynclint
//! pass, [`policy`] the source policy, [`audit`] the teacher's view, [`grade`] measuring,
//! [`report`] rendering, [`timeline`] the calls a check recorded, drawn, [`app_state`] the progress file, [`reset`] restoring an exercise,
//! [`verify`] the CI check, [`watch`] re-grading on save, [`src_policy`] what a
//! learner's `src/` may not use.
//!
//! The trust model: everything but the learner's `src/` comes from the kit binary; a check's
//! verdict comes only from a record signed with a key the learner's code never sees.

pub mod app_state;
pub mod audit;
pub mod capture;
pub mod check_run;
pub mod cli;
pub mod cmd;
pub mod embedded;
pub mod error;
pub mod exercise;
pub mod grade;
pub mod grading_dir;
pub mod i18n;
pub mod info_file;
pub mod kit_root;
pub mod lint;
pub mod policy;
pub mod process_guard;
pub mod report;
pub mod reset;
pub mod source;
pub mod src_policy;
pub mod timeline;
pub mod verdict;
pub mod verify;
pub mod watch;
