//! The kit as it was when this binary was built (see build.rs): the exercise list, each
//! exercise's own files and starter, the solutions' manifests, kit-harness, the workspace
//! manifest and Cargo.lock. Grading reads these copies, never the learner's, so nothing the
//! learner edits outside their `src/` can change a grade.

use std::path::Path;

use crate::error::KitResult;
use crate::info_file::InfoFile;

/// One embedded file, its path relative to its folder (`tests/grade.rs`, `src/lib.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedFile {
    pub path: &'static str,
    pub contents: &'static [u8],
}

/// One exercise folder as shipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedExercise {
    /// The folder name (`01-sequential-awaits`).
    pub dir: &'static str,
    /// Everything in the folder except `src/`: Cargo.toml, README.md, tests/.
    pub own_files: &'static [EmbeddedFile],
    /// The starter's `src/`, paths starting with `src/`.
    pub starter: &'static [EmbeddedFile],
    /// `solutions/<dir>/Cargo.toml`, when the exercise has a solution.
    pub solution_manifest: Option<&'static str>,
}

impl EmbeddedExercise {
    /// The embedded file at `path` (relative to the exercise folder), own or starter.
    pub fn file(&self, path: &str) -> Option<&'static EmbeddedFile> {
        self.own_files
            .iter()
            .chain(self.starter)
            .find(|file| file.path == path)
    }

    /// Every file of the exercise folder as shipped: its own files and the starter.
    pub fn all_files(&self) -> impl Iterator<Item = &'static EmbeddedFile> {
        self.own_files.iter().chain(self.starter)
    }
}

include!(concat!(env!("OUT_DIR"), "/embedded_kit.rs"));

/// The embedded exercise in folder `dir`.
pub fn exercise(dir: &str) -> Option<&'static EmbeddedExercise> {
    EXERCISES.iter().find(|exercise| exercise.dir == dir)
}

/// The exercise list this kit grades: the embedded info.toml, never the learner's copy.
pub fn info_file() -> KitResult<InfoFile> {
    InfoFile::parse(
        INFO_TOML,
        Path::new("exercises/info.toml (embedded in kit)"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_exercise_is_embedded_with_its_tests_and_starter() {
        let info = info_file().unwrap();
        assert!(!info.exercises.is_empty());
        for listed in &info.exercises {
            let exercise = exercise(&listed.dir).unwrap_or_else(|| panic!("{}", listed.dir));
            assert!(exercise.file("tests/grade.rs").is_some(), "{}", listed.dir);
            assert!(exercise.file("Cargo.toml").is_some(), "{}", listed.dir);
            assert!(exercise.file("src/lib.rs").is_some(), "{}", listed.dir);
            assert!(exercise.solution_manifest.is_some(), "{}", listed.dir);
            for support in &listed.support {
                assert!(exercise.file(support).is_some(), "{support}");
            }
        }
    }

    #[test]
    fn the_harness_is_embedded_with_its_macros() {
        let paths: Vec<&str> = HARNESS.iter().map(|f| f.path).collect();
        assert!(
            paths.contains(&"crates/kit-harness/src/verdict.rs"),
            "{paths:?}"
        );
        assert!(
            paths.contains(&"crates/kit-harness-macros/src/lib.rs"),
            "{paths:?}"
        );
        assert!(CARGO_LOCK.contains("name = \"tokio\""));
    }
}
