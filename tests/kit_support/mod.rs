//! Helpers for kit's end-to-end tests: a copy of this repository's kit in a temporary folder
//! where a test plays the learner, and a way to run the real `kit` binary against it. Every
//! test grades in one shared workspace, so the exercises' dependencies compile once.

#![allow(dead_code)] // each test file uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The real binary built by cargo for these tests.
pub const KIT: &str = env!("CARGO_BIN_EXE_kit");

/// The repository root (this file is in `tests/kit_support/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// What one `kit` run printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Self {
        Self {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Both streams, for assertion messages.
    pub fn all(&self) -> String {
        format!(
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// The grading workspace every end-to-end test shares (kit locks it per grade): tokio and
/// kit-harness compile once for the whole suite, and stay warm between runs.
pub fn shared_grading_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kit-grading")
}

/// A `kit` command for the kit root, grading in the shared workspace.
pub fn kit_command(root: &Path) -> Command {
    let mut command = Command::new(KIT);
    command
        .arg("--root")
        .arg(root)
        .env_remove("KIT_ROOT")
        .env_remove("KIT_STATE_DIR")
        // English whatever the machine's locale: tests that want another language say so.
        .env_remove("KIT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("KIT_GRADING_DIR", shared_grading_dir());
    command
}

pub fn run(mut command: Command) -> Run {
    Run::from(command.output().expect("kit runs"))
}

/// A copy of this repository's kit (exercises, solutions, kit-harness) in a temporary folder,
/// where a test plays the learner: it edits anything, then runs the real `kit` on it.
pub struct KitCopy {
    pub dir: tempfile::TempDir,
}

impl KitCopy {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let repo = repo_root();
        for folder in [
            "exercises",
            "solutions",
            "crates/kit-harness",
            "crates/kit-harness-macros",
            "locales",
        ] {
            copy_tree(&repo.join(folder), &dir.path().join(folder));
        }
        Self { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn kit(&self) -> Command {
        kit_command(self.root())
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let mut command = self.kit();
        command.args(args);
        run(command)
    }

    /// `kit grade <exercise> --format json [extra]`, its JSON and the run.
    pub fn grade_json(&self, exercise: &str, extra: &[&str]) -> (serde_json::Value, Run) {
        let mut args = vec!["grade", exercise, "--format", "json"];
        args.extend_from_slice(extra);
        let result = self.run(&args);
        let json = serde_json::from_str(&result.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", result.all()));
        (json, result)
    }

    pub fn write(&self, relative: &str, text: &str) {
        write(self.root(), relative, text);
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.root().join(relative)).unwrap()
    }

    /// The reference solution's `lib.rs` of exercise folder `dir`.
    pub fn solution(&self, dir: &str) -> String {
        self.read(&format!("solutions/{dir}/src/lib.rs"))
    }
}

/// Each check of a `--format json` report: name without the exercise prefix, status, score.
pub fn checks(report: &serde_json::Value) -> Vec<(String, String, u64)> {
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let name = t["name"].as_str().unwrap();
            (
                name.split_once('/').map_or(name, |(_, n)| n).to_string(),
                t["status"].as_str().unwrap().to_string(),
                t["score"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The total score of a `--format json` report.
pub fn score(report: &serde_json::Value) -> u64 {
    checks(report).iter().map(|(_, _, score)| score).sum()
}

/// The message of check `name` in a `--format json` report.
pub fn message_of(report: &serde_json::Value, name: &str) -> String {
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"].as_str().unwrap().ends_with(&format!("/{name}")))
        .unwrap_or_else(|| panic!("no check {name} in {report}"))["message"]
        .as_str()
        .unwrap()
        .to_string()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
