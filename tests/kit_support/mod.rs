//! Helpers for kit's end-to-end tests: a throwaway kit in a temporary folder (its own
//! workspace, info.toml and tiny dependency-free exercise crates) and a way to run the
//! real `kit` binary against it.

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

/// A `kit` command with a clean environment for the kit root.
pub fn kit_command(root: &Path) -> Command {
    let mut command = Command::new(KIT);
    command.arg("--root").arg(root).env_remove("KIT_ROOT");
    command
}

pub fn run(mut command: Command) -> Run {
    Run::from(command.output().expect("kit runs"))
}

/// One exercise of a throwaway kit.
pub struct Exercise {
    pub number: u32,
    pub slug: &'static str,
    pub starter_fails: &'static str,
    pub lint_points: u32,
    /// `[[exercises.checks]]` tables, verbatim.
    pub checks: &'static str,
    pub starter: &'static str,
    pub solution: &'static str,
    pub tests: &'static str,
}

impl Exercise {
    pub fn dir(&self) -> String {
        format!("{:02}-{}", self.number, self.slug)
    }
}

/// Adding is wrong in the starter: a behaviour check fails with a teaching message.
pub const ADDS: Exercise = Exercise {
    number: 1,
    slug: "adds",
    starter_fails: r#"["behaviour"]"#,
    lint_points: 1,
    checks: r#"
[[exercises.checks]]
test = "adds_two_numbers"
kind = "behaviour"
points = 3
teaches = "a sum adds its parts"

[[exercises.checks]]
test = "answers_at_all"
kind = "timing"
points = 2
teaches = "the function returns"
"#,
    starter: "// TODO: add instead of subtracting\npub fn add(a: u32, b: u32) -> u32 {\n    a.wrapping_sub(b)\n}\n",
    solution: "/// Addition, as the name says.\npub fn add(a: u32, b: u32) -> u32 {\n    a + b\n}\n",
    tests: r#"
#[test]
fn adds_two_numbers() {
    let sum = exercise_01::add(2, 2);
    assert!(sum == 4, "add(2, 2) returned {sum}, not 4: the starter subtracts.\nSee hint: `kit hint exercise-01`");
}

#[test]
fn answers_at_all() {
    let _ = exercise_01::add(1, 1);
}
"#,
};

/// The starter never returns: the check must be killed and reported as hung.
pub const HANGS: Exercise = Exercise {
    number: 2,
    slug: "hangs",
    starter_fails: r#"["stall"]"#,
    lint_points: 0,
    checks: r#"
[[exercises.checks]]
test = "returns"
kind = "stall"
points = 4
teaches = "work must finish"
"#,
    starter: "// TODO: stop looping\npub fn work() {\n    loop {\n        std::thread::sleep(std::time::Duration::from_millis(20));\n    }\n}\n",
    solution: "/// Returns at once: there is nothing to wait for.\npub fn work() {}\n",
    tests: "#[test]\nfn returns() {\n    exercise_02::work();\n}\n",
};

/// The starter does not compile, which `kit verify` must reject.
pub const BROKEN: Exercise = Exercise {
    number: 3,
    slug: "broken",
    starter_fails: r#"["behaviour"]"#,
    lint_points: 0,
    checks: r#"
[[exercises.checks]]
test = "answers_forty_two"
kind = "behaviour"
points = 1
teaches = "the answer is 42"
"#,
    starter: "// TODO: return a number\npub fn answer() -> u32 {\n    \"forty-two\"\n}\n",
    solution: "/// The answer.\npub fn answer() -> u32 {\n    42\n}\n",
    tests: "#[test]\nfn answers_forty_two() {\n    assert_eq!(exercise_03::answer(), 42);\n}\n",
};

/// The starter already passes, which `kit verify` must reject; its README is missing too.
pub const TOO_EASY: Exercise = Exercise {
    number: 4,
    slug: "too-easy",
    starter_fails: r#"["behaviour"]"#,
    lint_points: 0,
    checks: r#"
[[exercises.checks]]
test = "is_true"
kind = "behaviour"
points = 1
teaches = "true is true"
"#,
    starter: "// TODO: nothing to do\npub fn yes() -> bool {\n    true\n}\n",
    solution: "/// Yes.\npub fn yes() -> bool {\n    true\n}\n",
    tests: "#[test]\nfn is_true() {\n    assert!(exercise_04::yes());\n}\n",
};

/// A kit in a temporary folder; removed when dropped.
pub struct ThrowawayKit {
    pub dir: tempfile::TempDir,
}

impl ThrowawayKit {
    pub fn new(exercises: &[&Exercise]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "Cargo.toml",
            "[workspace]\nresolver = \"3\"\nmembers = [\"exercises/*\", \"solutions/*\"]\nexclude = [\"exercises/info.toml\"]\n",
        );
        let mut info = String::from("format_version = 1\n");
        for exercise in exercises {
            let dir_name = exercise.dir();
            info.push_str(&format!(
                "\n[[exercises]]\nid = \"exercise-{n:02}\"\nslug = \"{slug}\"\ndir = \"{dir_name}\"\n\
                 title = \"The {slug} exercise\"\ntopic = \"topic of {slug}\"\nseed = \"seed section {n}\"\n\
                 hint = \"the hint of {slug}\"\nstarter_fails = {fails}\nlint_points = {lint}\n{checks}",
                n = exercise.number,
                slug = exercise.slug,
                fails = exercise.starter_fails,
                lint = exercise.lint_points,
                checks = exercise.checks,
            ));
            for (side, package, source) in [
                ("exercises", "exercise", exercise.starter),
                ("solutions", "solution", exercise.solution),
            ] {
                let tests_path = if side == "exercises" {
                    String::new()
                } else {
                    format!(
                        "\n[[test]]\nname = \"grade\"\npath = \"../../exercises/{dir_name}/tests/grade.rs\"\n"
                    )
                };
                write(
                    root,
                    &format!("{side}/{dir_name}/Cargo.toml"),
                    &format!(
                        "[package]\nname = \"{package}-{n:02}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
                         [lib]\nname = \"exercise_{n:02}\"\n{tests_path}",
                        n = exercise.number
                    ),
                );
                write(root, &format!("{side}/{dir_name}/src/lib.rs"), source);
            }
            write(
                root,
                &format!("exercises/{dir_name}/tests/grade.rs"),
                exercise.tests,
            );
            if exercise.slug != TOO_EASY.slug {
                write(
                    root,
                    &format!("exercises/{dir_name}/README.md"),
                    &format!("# {}\n\nThe concept.\n", exercise.slug),
                );
            }
        }
        write(root, "exercises/info.toml", &info);
        Self { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A kit command whose cargo builds into the kit's own target folder: cargo names
    /// binaries by the package's path relative to its workspace, so kits sharing a target
    /// folder would overwrite each other's `grade` binaries.
    pub fn kit(&self) -> Command {
        let mut command = kit_command(self.root());
        command.env("CARGO_TARGET_DIR", self.root().join("target"));
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let mut command = self.kit();
        command.args(args);
        run(command)
    }

    pub fn write(&self, relative: &str, text: &str) {
        write(self.root(), relative, text);
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.root().join(relative)).unwrap()
    }
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
