//! The seam for the source policy: rules about what the learner's `src/` may not use to get
//! around a check (the paused clock's controls, `std::process::exit`, `unsafe`). The rules
//! themselves belong to the `src_policy` module; until it lands, [`violations`] finds nothing.
//! A violation is not a compile error and not a failed check of its own: the exercise is not
//! graded at all, like code that does not compile, and the report shows each violation with
//! its teaching message.

/// One use of something `src/` may not use, where it is and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyViolation {
    /// The file as the learner knows it (`exercises/11-rate-limit/src/lib.rs`).
    pub path: String,
    pub line: usize,
    /// What is wrong and why it defeats the check (lowercase, no trailing period).
    pub message: String,
    /// What to write instead.
    pub help: String,
}

/// The violations in `files` (path as the learner knows it, source text).
pub fn violations(files: &[(String, String)]) -> Vec<PolicyViolation> {
    // The src_policy module plugs in here: `crate::src_policy::check(files)`.
    let _ = files;
    Vec::new()
}
