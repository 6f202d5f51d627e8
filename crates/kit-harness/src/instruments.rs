//! The services' instruments answer the grading tests only. A service's counters
//! (`stats()`), its ledgers (`page_requests()`, `rows()`) and the values a test checks results
//! against (`price_of()`, `invoices()`, `latency_for()`) are how a test watches the code under
//! test; code under test that read them could wait until a counter says the work is done, or
//! sleep exactly as long as a call takes, and pass a check without doing what it teaches.
//!
//! Each instrument is `#[track_caller]` down to [`for_tests_only`], which looks at the file
//! that called it: a file in an exercise's or a solution's `src/` is the learner's code and is
//! refused with a panic that says why; a grading test (`tests/`) or the harness itself is
//! answered. The kit's support files in `src/` that wrap an instrument pass the caller on with
//! `#[track_caller]` too, and the source policy keeps `#[track_caller]` out of the learner's
//! code, so it cannot pass a test's location on as its own.

use std::panic::Location;

/// Refuses to answer `instrument` (`"Database::stats"`) to the learner's code.
///
/// # Panics
/// When called, through `#[track_caller]` functions only, from a file in the `src/` folder of
/// an exercise or a solution.
#[track_caller]
pub(crate) fn for_tests_only(instrument: &str) {
    let caller = Location::caller();
    if is_learners_code(caller.file()) {
        panic!(
            "`{instrument}` is how the grading tests watch the service, not part of its API: \
             code that reads it can pass a check without doing what the check is about\n  \
             help: use only what the service's calls return"
        );
    }
}

/// `exercises/<dir>/src/...` or `solutions/<dir>/src/...`, wherever the kit root is.
fn is_learners_code(file: &str) -> bool {
    let parts: Vec<&str> = file.split(['/', '\\']).collect();
    parts
        .windows(3)
        .any(|w| matches!(w[0], "exercises" | "solutions") && w[2] == "src")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_learners_src_is_refused_and_tests_and_the_harness_are_answered() {
        for file in [
            "exercises/13-detached-tasks-shutdown/src/lib.rs",
            "solutions/15-async-streams/src/paged_api.rs",
            "/home/me/kit/exercises/01-x/src/deep/mod.rs",
            r"C:\kit\exercises\01-x\src\lib.rs",
        ] {
            assert!(is_learners_code(file), "{file}");
        }
        for file in [
            "exercises/13-detached-tasks-shutdown/tests/grade.rs",
            "crates/kit-harness/src/calls.rs",
            "src/services/mod.rs",
            "exercises/src/lib.rs",
        ] {
            assert!(!is_learners_code(file), "{file}");
        }
    }

    #[test]
    fn a_refusal_says_what_and_why() {
        // This file is the harness's own: answered.
        for_tests_only("Database::stats");
    }
}
