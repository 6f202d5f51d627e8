//! The teacher's view of one exercise: the `// asynclint: allow(...)` suppressions in the
//! learner's `src/`, and which of the kit's own files in the exercise folder (and in the kit:
//! info.toml, kit-harness, planted configuration) differ from the copy embedded in kit. Grading
//! ignores those files anyway; the audit says that someone changed them.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;

use crate::embedded::{self, EmbeddedExercise};
use crate::info_file::ExerciseInfo;
use crate::source::SourceSnapshot;

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub path: String,
    pub line: usize,
    pub rules: Vec<String>,
}

/// A kit file that is not as shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedFile {
    pub path: String,
    /// `modified`, `missing` or `added`.
    pub change: &'static str,
}

/// What the teacher sees about one exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Audit {
    pub suppressions: Vec<Suppression>,
    /// The exercise's own files that differ.
    pub changed_files: Vec<ChangedFile>,
    /// The kit-wide files that differ (the same for every exercise of one grade).
    pub kit_files: Vec<ChangedFile>,
}

/// The suppressions in `snapshot`, whose files are shown below `shown_src`.
pub fn suppressions(snapshot: &SourceSnapshot, shown_src: &str) -> Vec<Suppression> {
    let mut found = Vec::new();
    for (path, text) in snapshot.rust_files() {
        let text = String::from_utf8_lossy(text);
        let mut by_line: Vec<Suppression> = Vec::new();
        for suppression in asynclint::suppress::parse(&text) {
            let line = suppression.span.start.line;
            match by_line.iter_mut().find(|s| s.line == line) {
                Some(existing) => existing.rules.push(suppression.rule),
                None => by_line.push(Suppression {
                    path: format!("{shown_src}/{path}"),
                    line,
                    rules: vec![suppression.rule],
                }),
            }
        }
        found.extend(by_line);
    }
    found
}

/// The kit's files of the exercise folder `exercise_dir` (everything outside `src/`, plus the
/// support files in it) compared with the embedded copy.
pub fn changed_exercise_files(
    exercise_dir: &Path,
    shown_dir: &str,
    exercise: &ExerciseInfo,
    embedded: &EmbeddedExercise,
) -> Vec<ChangedFile> {
    let mut expected: Vec<(&str, &[u8])> = embedded
        .own_files
        .iter()
        .map(|f| (f.path, f.contents))
        .collect();
    for support in &exercise.support {
        if let Some(file) = embedded.file(support) {
            expected.push((file.path, file.contents));
        }
    }
    let mut changes = Vec::new();
    for (path, contents) in &expected {
        match std::fs::read(exercise_dir.join(path)) {
            Ok(disk) if disk == *contents => {}
            Ok(_) => changes.push(changed(shown_dir, path, "modified")),
            Err(_) => changes.push(changed(shown_dir, path, "missing")),
        }
    }
    let known: BTreeSet<&str> = expected.iter().map(|(path, _)| *path).collect();
    let mut on_disk = Vec::new();
    files_below(exercise_dir, "", &mut on_disk);
    for path in on_disk {
        if !path.starts_with("src/") && !known.contains(path.as_str()) {
            changes.push(changed(shown_dir, &path, "added"));
        }
    }
    changes
}

/// Files that configure the toolchain or the lint, which kit never reads but a learner might
/// plant hoping it would.
const PLANTED_CONFIG: &[&str] = &[
    "asynclint.toml",
    "exercises/asynclint.toml",
    ".cargo/config.toml",
    ".cargo/config",
    "rust-toolchain.toml",
    "rust-toolchain",
];

/// The kit-wide files under `root` that differ from the embedded kit: info.toml, kit-harness,
/// and planted configuration.
pub fn changed_kit_files(root: &Path) -> Vec<ChangedFile> {
    let mut changes = Vec::new();
    let mut compare = |path: &str, contents: &[u8]| match std::fs::read(root.join(path)) {
        Ok(disk) if disk == contents => {}
        Ok(_) => changes.push(changed("", path, "modified")),
        Err(_) => changes.push(changed("", path, "missing")),
    };
    compare("exercises/info.toml", embedded::INFO_TOML.as_bytes());
    for file in embedded::HARNESS.iter().chain(embedded::LOCALES) {
        compare(file.path, file.contents);
    }
    for planted in PLANTED_CONFIG {
        if root.join(planted).exists() {
            changes.push(changed("", planted, "added"));
        }
    }
    changes
}

fn changed(shown_dir: &str, path: &str, change: &'static str) -> ChangedFile {
    let path = if shown_dir.is_empty() {
        path.to_string()
    } else {
        format!("{shown_dir}/{path}")
    };
    ChangedFile { path, change }
}

fn files_below(dir: &Path, prefix: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => files_below(&entry.path(), &format!("{relative}/"), found),
            Ok(_) => found.push(relative),
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppressions_are_listed_per_line_with_their_rules() {
        let mut snapshot = SourceSnapshot::default();
        snapshot.files.insert(
            "lib.rs".into(),
            b"fn a() {}\n// asynclint: allow(unbounded-gather, detached-spawn) -- trust me\nfn b() {}\n"
                .to_vec(),
        );
        let found = suppressions(&snapshot, "exercises/10-x/src");
        assert_eq!(
            found,
            [Suppression {
                path: "exercises/10-x/src/lib.rs".into(),
                line: 2,
                rules: vec!["unbounded-gather".into(), "detached-spawn".into()],
            }]
        );
    }

    #[test]
    fn edited_missing_and_added_kit_files_are_reported() {
        let info = embedded::info_file().unwrap();
        let exercise = info
            .exercises
            .iter()
            .find(|e| !e.support.is_empty())
            .unwrap();
        let shipped = embedded::exercise(&exercise.dir).unwrap();
        let temp = tempfile::tempdir().unwrap();
        for file in shipped.all_files() {
            let path = temp.path().join(file.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, file.contents).unwrap();
        }
        assert_eq!(
            changed_exercise_files(temp.path(), "x", exercise, shipped),
            []
        );
        std::fs::write(temp.path().join("tests/grade.rs"), "// nothing to see").unwrap();
        std::fs::remove_file(temp.path().join("README.md")).unwrap();
        std::fs::write(temp.path().join("asynclint.toml"), "").unwrap();
        std::fs::write(temp.path().join(&exercise.support[0]), "// mine now").unwrap();
        std::fs::write(
            temp.path().join("src/lib.rs"),
            "// the learner's, not audited",
        )
        .unwrap();
        let mut changes: Vec<(String, &str)> =
            changed_exercise_files(temp.path(), "x", exercise, shipped)
                .into_iter()
                .map(|c| (c.path, c.change))
                .collect();
        changes.sort();
        let mut expected = vec![
            ("x/README.md".to_string(), "missing"),
            ("x/asynclint.toml".to_string(), "added"),
            (format!("x/{}", exercise.support[0]), "modified"),
            ("x/tests/grade.rs".to_string(), "modified"),
        ];
        expected.sort();
        assert_eq!(changes, expected);
    }
}
