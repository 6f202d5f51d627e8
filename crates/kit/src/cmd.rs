//! The cargo runner: builds the `grade` test binaries of one or many packages of the grading
//! workspace in a single cargo invocation (cargo then compiles them in parallel and tokio only
//! once), and reads cargo's JSON messages to find each binary and each package's compile
//! errors. cargo runs from a folder outside the learner's clone and is given the manifest and
//! target folder explicitly, so no `.cargo/config.toml` or `rust-toolchain.toml` planted in the
//! clone is read.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{BufRead, BufReader, ErrorKind, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

use crate::error::{KitError, KitResult};

/// The name of the test target every exercise grades with.
pub const GRADE_TEST: &str = "grade";

/// What one build produced.
#[derive(Debug, Default)]
pub struct BuildOutcome {
    /// The `grade` test executable of each package that compiled.
    pub binaries: BTreeMap<String, PathBuf>,
    /// cargo's rendered error messages, per package that did not compile.
    pub errors: BTreeMap<String, Vec<String>>,
    /// cargo's own stderr, for failures that are not compile errors (unknown package...).
    pub stderr: String,
}

impl BuildOutcome {
    /// Why `package` has no binary: its compile errors, or cargo's own complaint.
    pub fn failure_of(&self, package: &str) -> Vec<String> {
        match self.errors.get(package) {
            Some(errors) if !errors.is_empty() => errors.clone(),
            _ => vec![without_progress(&self.stderr)],
        }
    }
}

/// The words cargo starts its progress lines with (`   Compiling tokio v1.0.0`).
const PROGRESS_VERBS: &[&str] = &[
    "Adding",
    "Blocking",
    "Building",
    "Checking",
    "Compiling",
    "Downloaded",
    "Downloading",
    "Finished",
    "Fresh",
    "Locking",
    "Updating",
];

/// cargo's stderr without its progress lines: on a cold build they come first and would fill
/// every line a report shows, hiding the error at the end.
fn without_progress(stderr: &str) -> String {
    let kept: Vec<&str> = stderr
        .lines()
        .filter(|line| {
            let first = line.split_whitespace().next().unwrap_or_default();
            !PROGRESS_VERBS.contains(&first)
        })
        .collect();
    kept.join("\n").trim().to_string()
}

/// Runs cargo on the grading workspace.
#[derive(Debug, Clone)]
pub struct Cargo {
    program: OsString,
    manifest: PathBuf,
    target_dir: PathBuf,
}

impl Cargo {
    /// The cargo that runs kit (`$CARGO`, set by `cargo run`) or `cargo` from PATH, for the
    /// workspace of `manifest`.
    pub fn new(manifest: &Path, target_dir: &Path) -> Self {
        let program = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
        Self {
            program,
            manifest: manifest.to_path_buf(),
            target_dir: target_dir.to_path_buf(),
        }
    }

    /// Builds the `grade` test binary of every package. Compile errors are part of the
    /// outcome; only a cargo that cannot run at all is an error.
    pub fn build_grade_binaries(&self, packages: &[String]) -> KitResult<BuildOutcome> {
        let mut command = Command::new(&self.program);
        if packages.len() == 1 {
            command.args(["test", "--no-run"]);
        } else {
            // `cargo test` has no --keep-going: one starter that does not compile would stop
            // the others from being built. `cargo build --test` builds the same test units.
            command.args(["build", "--keep-going"]);
        }
        command
            .args(["--test", GRADE_TEST, "--message-format=json"])
            .arg("--manifest-path")
            .arg(&self.manifest)
            .arg("--target-dir")
            .arg(&self.target_dir)
            .current_dir(std::env::temp_dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for package in packages {
            command.args(["-p", package]);
        }
        let mut child = command.spawn().map_err(|error| self.spawn_error(&error))?;
        let stdout = child.stdout.take().expect("stdout is piped");
        let messages = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = BufReader::new(stdout).read_to_string(&mut text);
            text
        });
        // cargo's stderr carries its progress (`Compiling tokio ...`): a cold build takes
        // minutes, so a learner at a terminal sees it live; it is kept for error messages.
        let echo = std::io::stderr().is_terminal();
        let mut stderr = String::new();
        for line in BufReader::new(child.stderr.take().expect("stderr is piped")).lines() {
            let Ok(line) = line else { break };
            if echo {
                eprintln!("{line}");
            }
            stderr.push_str(&line);
            stderr.push('\n');
        }
        child.wait().map_err(|error| {
            KitError::new(crate::tr!(
                "error-cargo-unfinished",
                error = error.to_string()
            ))
        })?;
        let mut outcome = parse_messages(&messages.join().unwrap_or_default());
        outcome.stderr = stderr;
        Ok(outcome)
    }

    fn spawn_error(&self, error: &std::io::Error) -> KitError {
        let program = self.program.to_string_lossy();
        if error.kind() == ErrorKind::NotFound {
            KitError::new(crate::tr!("error-cargo-not-found", program = &*program))
                .with_help(crate::tr!("error-cargo-not-found-help"))
        } else {
            KitError::new(crate::tr!(
                "error-cargo-cannot-run",
                program = &*program,
                error = error.to_string()
            ))
        }
    }
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    #[serde(default)]
    package_id: String,
    #[serde(default)]
    target: Option<Target>,
    #[serde(default)]
    executable: Option<PathBuf>,
    #[serde(default)]
    message: Option<CompilerMessage>,
}

#[derive(Deserialize)]
struct Target {
    name: String,
    #[serde(default)]
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct CompilerMessage {
    level: String,
    rendered: Option<String>,
}

/// Reads cargo's `--message-format=json` stream.
fn parse_messages(stdout: &str) -> BuildOutcome {
    let mut outcome = BuildOutcome::default();
    for line in stdout.lines().filter(|l| l.starts_with('{')) {
        let Ok(message) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        let package = package_name_from_id(&message.package_id);
        match message.reason.as_str() {
            "compiler-artifact" => {
                let is_grade_test = message
                    .target
                    .as_ref()
                    .is_some_and(|t| t.name == GRADE_TEST && t.kind.iter().any(|k| k == "test"));
                if let (true, Some(executable)) = (is_grade_test, message.executable) {
                    outcome.binaries.insert(package, executable);
                }
            }
            "compiler-message" => {
                if let Some(CompilerMessage {
                    level,
                    rendered: Some(rendered),
                }) = message.message
                    && level == "error"
                {
                    outcome.errors.entry(package).or_default().push(rendered);
                }
            }
            _ => {}
        }
    }
    outcome
}

/// The package name in a cargo package id: `path+file:///k/exercises/01-x#exercise-01@0.1.0`
/// (folder and name differ) or `path+file:///k/exercise-01#0.1.0` (they agree), or the
/// older `exercise-01 0.1.0 (path+file:///...)`.
pub fn package_name_from_id(id: &str) -> String {
    if let Some((url, fragment)) = id.rsplit_once('#') {
        return match fragment.split_once('@') {
            Some((name, _version)) => name.to_string(),
            None => url.rsplit('/').next().unwrap_or(url).to_string(),
        };
    }
    id.split_whitespace().next().unwrap_or(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_from_every_id_format() {
        assert_eq!(
            package_name_from_id("path+file:///k/exercises/01-x#exercise-01@0.1.0"),
            "exercise-01"
        );
        assert_eq!(
            package_name_from_id("path+file:///k/crates/exercise-01#0.1.0"),
            "exercise-01"
        );
        assert_eq!(
            package_name_from_id("exercise-01 0.1.0 (path+file:///k/exercises/01-x)"),
            "exercise-01"
        );
    }

    #[test]
    fn finds_grade_binaries_and_rendered_errors_per_package() {
        let stream = [
            r#"{"reason":"compiler-artifact","package_id":"path+file:///k/ex/01#exercise-01@0.1.0","target":{"name":"exercise_01","kind":["lib"]},"executable":null}"#,
            r#"{"reason":"compiler-artifact","package_id":"path+file:///k/ex/01#exercise-01@0.1.0","target":{"name":"grade","kind":["test"]},"executable":"/t/debug/deps/grade-abc"}"#,
            r#"{"reason":"compiler-message","package_id":"path+file:///k/ex/02#exercise-02@0.1.0","message":{"level":"warning","rendered":"warning: unused"}}"#,
            r#"{"reason":"compiler-message","package_id":"path+file:///k/ex/02#exercise-02@0.1.0","message":{"level":"error","rendered":"error[E0308]: mismatched types"}}"#,
            "not json at all",
            r#"{"reason":"build-finished","success":false}"#,
        ]
        .join("\n");
        let outcome = parse_messages(&stream);
        assert_eq!(
            outcome.binaries.get("exercise-01").unwrap(),
            Path::new("/t/debug/deps/grade-abc")
        );
        assert_eq!(
            outcome.binaries.len(),
            1,
            "the lib artifact is not a test binary"
        );
        assert_eq!(
            outcome.failure_of("exercise-02"),
            ["error[E0308]: mismatched types"],
            "warnings are not reported as failures"
        );
    }

    #[test]
    fn a_failure_without_compile_errors_falls_back_to_cargo_stderr() {
        let outcome = BuildOutcome {
            stderr: "error: package ID specification `exercise-09` did not match\n".into(),
            ..BuildOutcome::default()
        };
        assert_eq!(
            outcome.failure_of("exercise-09"),
            ["error: package ID specification `exercise-09` did not match"]
        );
    }

    #[test]
    fn a_cold_build_failure_shows_the_error_not_the_progress() {
        let mut stderr = String::new();
        for crate_name in ["tokio", "syn", "serde", "kit-harness"] {
            stderr.push_str(&format!("   Compiling {crate_name} v1.0.0\n"));
        }
        stderr.push_str("error: could not compile `exercise-09` (test \"grade\")\n");
        stderr.push_str("Caused by:\n  process didn't exit successfully (signal: 9, SIGKILL)\n");
        let outcome = BuildOutcome {
            stderr,
            ..BuildOutcome::default()
        };
        let shown = outcome.failure_of("exercise-09").join("\n");
        assert!(
            shown.starts_with("error: could not compile `exercise-09`"),
            "{shown}"
        );
        assert!(shown.contains("SIGKILL"), "{shown}");
        assert!(!shown.contains("Compiling"), "{shown}");
    }

    #[test]
    fn a_missing_cargo_is_a_clear_error() {
        let cargo = Cargo {
            program: "/nonexistent/cargo-for-kit-tests".into(),
            manifest: PathBuf::from("/Cargo.toml"),
            target_dir: PathBuf::from("/target"),
        };
        let error = cargo
            .build_grade_binaries(&["exercise-01".to_string()])
            .unwrap_err();
        assert!(error.message.starts_with("cargo was not found"), "{error}");
        assert!(error.help.unwrap().contains("rustup"));
    }
}
