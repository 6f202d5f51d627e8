//! Shared helpers for asynclint's end-to-end tests: a temporary project to write files into,
//! and a runner for the real `asynclint` binary that captures exit code, stdout and stderr.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `asynclint` binary cargo built for this test run.
pub fn asynclint_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_asynclint"))
}

/// The repository root (where lints/ and the root Cargo.toml live).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// What a run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from_output(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// The stdout parsed as the JSON array of `--format json`.
    pub fn json(&self) -> Vec<serde_json::Value> {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", self.stdout))
    }

    /// Assert the exit code, showing the whole run when it differs.
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code, code,
            "unexpected exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Assert no panic, abort or stack overflow happened.
    pub fn expect_no_crash(&self) -> &Run {
        assert!(
            self.code == 0 || self.code == 1 || self.code == 2,
            "crashed with {}\n{}",
            self.code,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        assert!(!self.stderr.contains("overflow"), "{}", self.stderr);
        self
    }
}

/// A temporary directory to lay out a small project in.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn new() -> Project {
        Project {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Write `text` to `relative`, creating directories.
    pub fn file(&self, relative: &str, text: &str) -> &Project {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    /// A package manifest for a crate at `relative` (use "" for the project root).
    pub fn package(&self, relative: &str, name: &str) -> &Project {
        let manifest = if relative.is_empty() {
            "Cargo.toml".to_string()
        } else {
            format!("{relative}/Cargo.toml")
        };
        self.file(
            &manifest,
            &format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        )
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path().join(relative)).unwrap()
    }

    /// Run asynclint with `args` in the project directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = self.command(args);
        for (key, value) in env {
            command.env(key, value);
        }
        Run::from_output(command.output().expect("run asynclint"))
    }

    /// The asynclint command `run` would run, to adjust before running it.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(asynclint_bin());
        command
            .args(args)
            .current_dir(self.path())
            .env_remove("NO_COLOR");
        command
    }
}

/// An async fn with a blocking sleep, a pitfall every engine version reports (line 4).
pub const BLOCKING_SLEEP: &str = "use std::time::Duration;

pub async fn poll_status() {
    std::thread::sleep(Duration::from_millis(50));
}
";

/// The same code, written correctly.
pub const CLEAN_SLEEP: &str = "use std::time::Duration;

pub async fn poll_status() {
    tokio::time::sleep(Duration::from_millis(50)).await;
}
";
