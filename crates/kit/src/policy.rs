//! Where the source policy (`src_policy`: what the learner's `src/` may not use to get around
//! a check) meets grading. A violation is not a failed check of its own: the exercise is not
//! graded at all, like code that does not compile, and the report shows each violation with
//! its teaching message. The policy reads the grading copy of `src/` (the learner's files and
//! the kit's support files), before anything is built or run.

use std::path::Path;

pub use crate::src_policy::PolicyViolation;

/// The violations in the `src/` folder `src_dir`.
pub fn violations(src_dir: &Path) -> Vec<PolicyViolation> {
    crate::src_policy::check_sources(src_dir)
}
