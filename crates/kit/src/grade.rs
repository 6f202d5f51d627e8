//! Grading: builds the `grade` test binaries, runs each check's test alone under a time
//! limit, runs the lint check, and collects everything into a [`GradeReport`] that the
//! renderers in [`crate::report`] print. Grading never prints; it only measures.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::cmd::{BuildOutcome, Cargo};
use crate::error::KitResult;
use crate::exercise::{Side, package_dir, package_name};
use crate::info_file::{CheckKind, ExerciseInfo};
use crate::lint::{LintOutcome, lint_sources};
use crate::test_run::{TestOutcome, list_tests, run_test};

/// The name the lint check is reported under.
pub const LINT_CHECK: &str = "asynclint";

/// The default wall-clock limit per check. Exercise tests run on tokio's paused clock and
/// finish in well under a second; this leaves room for a loaded machine.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(30);

/// How one check ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckStatus {
    Passed,
    Failed {
        message: String,
    },
    /// Killed at the time limit.
    Hung {
        limit: Duration,
    },
    /// info.toml lists a test that tests/grade.rs does not have.
    Missing,
    /// The package did not compile, so the test could not run.
    NotCompiled,
}

/// One graded check with its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub name: String,
    pub kind: CheckKind,
    pub points: u32,
    pub teaches: String,
    pub status: CheckStatus,
}

impl CheckResult {
    pub fn passed(&self) -> bool {
        self.status == CheckStatus::Passed
    }

    pub fn score(&self) -> u32 {
        if self.passed() { self.points } else { 0 }
    }
}

/// Everything measured about one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeReport {
    pub exercise_id: String,
    pub title: String,
    pub side: Side,
    /// The graded sources, relative to the kit root (`exercises/01-x/src`).
    pub source_dir: PathBuf,
    /// The grading tests, relative to the kit root: always the exercise's `tests/grade.rs`,
    /// which the solution package compiles too.
    pub tests_file: PathBuf,
    /// cargo's messages when the package did not compile; empty when it did.
    pub compile_errors: Vec<String>,
    /// The checks of info.toml in order, then the lint check when it is worth points.
    pub checks: Vec<CheckResult>,
    /// asynclint's findings, computed even when the lint check is worth no points
    /// (`kit verify` requires every solution to be clean).
    pub lint: LintOutcome,
    /// Tests in tests/grade.rs that info.toml does not list (a metadata problem).
    pub unlisted_tests: Vec<String>,
}

impl GradeReport {
    pub fn compiled(&self) -> bool {
        self.compile_errors.is_empty()
    }

    pub fn score(&self) -> u32 {
        self.checks.iter().map(CheckResult::score).sum()
    }

    pub fn max_score(&self) -> u32 {
        self.checks.iter().map(|c| c.points).sum()
    }

    /// Passed means: it compiled and every check passed.
    pub fn passed(&self) -> bool {
        self.compiled() && self.checks.iter().all(CheckResult::passed)
    }

    /// The kinds of the checks that did not pass.
    pub fn failed_kinds(&self) -> Vec<CheckKind> {
        let mut kinds: Vec<CheckKind> = self
            .checks
            .iter()
            .filter(|c| !c.passed())
            .map(|c| c.kind)
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

/// Grades each `(exercise, side)`, building all their test binaries in one cargo call.
pub fn grade_all(
    root: &Path,
    targets: &[(&ExerciseInfo, Side)],
    time_limit: Duration,
) -> KitResult<Vec<GradeReport>> {
    if targets.is_empty() {
        // Without any `-p`, cargo would build the workspace's default members instead.
        return Ok(Vec::new());
    }
    let packages: Vec<String> = targets
        .iter()
        .map(|(exercise, side)| package_name(exercise, *side))
        .collect();
    let build = Cargo::new(root).build_grade_binaries(&packages)?;
    targets
        .iter()
        .map(|(exercise, side)| grade_built(root, exercise, *side, &build, time_limit))
        .collect()
}

/// Grades one exercise whose build already ran.
fn grade_built(
    root: &Path,
    exercise: &ExerciseInfo,
    side: Side,
    build: &BuildOutcome,
    time_limit: Duration,
) -> KitResult<GradeReport> {
    let dir = package_dir(root, exercise, side);
    let package = package_name(exercise, side);
    let lint = lint_sources(&dir, root)?;
    let mut report = GradeReport {
        exercise_id: exercise.id.clone(),
        title: exercise.title.clone(),
        side,
        source_dir: dir
            .join("src")
            .strip_prefix(root)
            .map_or_else(|_| dir.join("src"), Path::to_path_buf),
        tests_file: Path::new("exercises")
            .join(&exercise.dir)
            .join("tests/grade.rs"),
        compile_errors: Vec::new(),
        checks: Vec::new(),
        lint,
        unlisted_tests: Vec::new(),
    };

    let binary = build.binaries.get(&package);
    let available = match binary {
        Some(binary) => list_tests(binary)?,
        None => {
            report.compile_errors = build.failure_of(&package);
            Vec::new()
        }
    };
    for check in &exercise.checks {
        let status = match binary {
            None => CheckStatus::NotCompiled,
            Some(_) if !available.contains(&check.test) => CheckStatus::Missing,
            Some(binary) => match run_test(binary, &check.test, &dir, time_limit)? {
                TestOutcome::Passed => CheckStatus::Passed,
                TestOutcome::Failed { message } => CheckStatus::Failed { message },
                TestOutcome::Hung { limit } => CheckStatus::Hung { limit },
            },
        };
        report.checks.push(CheckResult {
            name: check.test.clone(),
            kind: check.kind,
            points: check.points,
            teaches: check.teaches.clone(),
            status,
        });
    }
    if exercise.lint_points > 0 {
        let status = if report.lint.is_clean() {
            CheckStatus::Passed
        } else {
            CheckStatus::Failed {
                message: report.lint.rendered.trim_end().to_string(),
            }
        };
        report.checks.push(CheckResult {
            name: LINT_CHECK.to_string(),
            kind: CheckKind::Lint,
            points: exercise.lint_points,
            teaches: "asynclint checks src/ for the async pitfalls that tests cannot see"
                .to_string(),
            status,
        });
    }
    report.unlisted_tests = available
        .into_iter()
        .filter(|test| !exercise.checks.iter().any(|c| &c.test == test))
        .collect();
    Ok(report)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample_report() -> GradeReport {
        GradeReport {
            exercise_id: "exercise-01".into(),
            title: "Ten users at once".into(),
            side: Side::Starter,
            source_dir: "exercises/01-ten-users/src".into(),
            tests_file: "exercises/01-ten-users/tests/grade.rs".into(),
            compile_errors: vec![],
            checks: vec![
                CheckResult {
                    name: "ten_users_take_half_a_second".into(),
                    kind: CheckKind::Timing,
                    points: 5,
                    teaches: "independent calls should overlap".into(),
                    status: CheckStatus::Failed {
                        message: "10 requests took 5.0 s of simulated time".into(),
                    },
                },
                CheckResult {
                    name: "never_blocks".into(),
                    kind: CheckKind::Stall,
                    points: 3,
                    teaches: "the runtime must stay responsive".into(),
                    status: CheckStatus::Hung {
                        limit: Duration::from_secs(30),
                    },
                },
                CheckResult {
                    name: "every_user_is_fetched".into(),
                    kind: CheckKind::Behaviour,
                    points: 2,
                    teaches: "all ten users come back".into(),
                    status: CheckStatus::Passed,
                },
            ],
            lint: LintOutcome {
                findings: 0,
                rendered: String::new(),
            },
            unlisted_tests: vec![],
        }
    }

    #[test]
    fn scores_count_only_passed_checks() {
        let report = sample_report();
        assert_eq!(report.score(), 2);
        assert_eq!(report.max_score(), 10);
        assert!(!report.passed());
        assert_eq!(report.failed_kinds(), [CheckKind::Timing, CheckKind::Stall]);
    }

    #[test]
    fn a_report_passes_only_when_every_check_passes_and_it_compiled() {
        let mut report = sample_report();
        for check in &mut report.checks {
            check.status = CheckStatus::Passed;
        }
        assert!(report.passed());
        assert_eq!(report.score(), report.max_score());
        report.compile_errors = vec!["error[E0425]".into()];
        assert!(!report.passed());
    }
}
