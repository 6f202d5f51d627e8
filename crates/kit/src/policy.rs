//! Where the source policy (`src_policy`: what the learner's `src/` may not use to get around
//! a check) meets grading. A violation is not a failed check of its own: the exercise is not
//! graded at all, like code that does not compile, and the report shows each violation with
//! its teaching message. The policy reads the grading copy of `src/` (the learner's files and
//! the kit's support files), before anything is built or run. The support files are the kit's
//! own (written from its embedded copy, whatever the learner's copy says), so what they use is
//! not held against the learner: exercise 08's legacy library reads a file.

use std::path::Path;

pub use crate::src_policy::PolicyViolation;

/// The violations in the `src/` folder `src_dir`, except in the kit's `support` files (paths
/// from the package folder, `src/legacy.rs`).
pub fn violations(src_dir: &Path, support: &[String]) -> Vec<PolicyViolation> {
    crate::src_policy::check_sources(src_dir)
        .into_iter()
        .filter(|violation| !support.iter().any(|file| violation.file == Path::new(file)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kits_support_files_may_use_what_the_learners_files_may_not() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        let reads_a_file = "pub fn load() -> String { std::fs::read_to_string(\"t\").unwrap() }\n";
        std::fs::write(src.join("lib.rs"), reads_a_file).unwrap();
        std::fs::write(src.join("legacy.rs"), reads_a_file).unwrap();
        let found = violations(&src, &["src/legacy.rs".to_owned()]);
        let files: Vec<_> = found.iter().map(|v| v.file.display().to_string()).collect();
        assert_eq!(files, ["src/lib.rs"]);
    }
}
