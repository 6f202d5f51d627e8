//! Grading: snapshots the learner's `src/`, writes it beside the kit's own files in the
//! grading workspace, builds every `grade` test binary in one cargo call, lints the snapshot,
//! then runs each check alone (see `check_run`), and collects everything into a
//! [`GradeReport`] that the renderers in [`crate::report`] print. The order matters: the
//! build, the lint and the audit all happen before any learner code runs, so nothing that
//! code does can change them. Grading never prints a report; it only measures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::audit::{self, Audit, ChangedFile};
use crate::check_run::{CheckRun, Progress, RunOutcome, list_tests, run_check};
use crate::cmd::{BuildOutcome, Cargo};
use crate::embedded::{self, EmbeddedExercise};
use crate::error::{KitError, KitResult};
use crate::exercise::{Side, package_dir, package_name};
use crate::grading_dir::GradingDir;
use crate::i18n::{check_text_id, exercise_text, tr};
use crate::info_file::{CheckKind, ExerciseInfo};
use crate::lint::{LintOutcome, lint_sources};
use crate::policy::{PolicyViolation, violations};
use crate::source::snapshot;
use crate::verdict::Finished;

/// The name the lint check is reported under.
pub const LINT_CHECK: &str = "asynclint";

/// The default wall-clock limit per check. The slowest honest check, exercise 09's
/// CPU-bound hashing on the real clock, takes 2.3 s in a debug build on a loaded 2-core
/// machine; every paused-clock check takes under 0.05 s. 10 s leaves four times that.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(10);

/// How one check ended.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckStatus {
    Passed,
    /// The check reported a failure; the message is its teaching text.
    Failed {
        message: String,
    },
    /// Killed at the time limit; `clock` is the one the check said it runs on.
    Hung {
        limit: Duration,
        clock: Option<String>,
    },
    /// The process ended without a trustworthy verdict.
    Unreported {
        reason: String,
    },
    /// info.toml lists a test that tests/grade.rs does not have.
    Missing,
    /// The package did not compile, so the test could not run.
    NotCompiled,
    /// The exercise could not be graded at all (src/ missing, a policy violation...).
    NotRun {
        reason: String,
    },
}

/// One graded check with its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckResult {
    pub name: String,
    pub kind: CheckKind,
    pub points: u32,
    pub teaches: String,
    pub status: CheckStatus,
    /// What the check's process printed (head and tail), shown when it did not pass.
    pub output: String,
    /// The check's own structured record, when it reported one.
    pub record: Option<Finished>,
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
#[derive(Debug, Clone, PartialEq)]
pub struct GradeReport {
    pub exercise_id: String,
    pub title: String,
    pub side: Side,
    /// The graded sources, relative to the kit root (`exercises/01-x/src`).
    pub source_dir: PathBuf,
    /// The grading tests as shipped, relative to the kit root: always the exercise's
    /// `tests/grade.rs` (kit grades with its own copy).
    pub tests_file: PathBuf,
    /// Why the exercise could not be built at all (`src/` missing), if so.
    pub not_graded: Option<String>,
    /// Uses of what `src/` may not use; any of them means no check ran.
    pub policy: Vec<PolicyViolation>,
    /// cargo's messages when the package did not compile; empty when it did.
    pub compile_errors: Vec<String>,
    /// The checks of info.toml in order, then the lint check when it is worth points.
    pub checks: Vec<CheckResult>,
    /// asynclint's findings, computed even when the lint check is worth no points
    /// (`kit verify` requires every solution to be clean).
    pub lint: LintOutcome,
    /// Tests in tests/grade.rs that info.toml does not list (a metadata problem).
    pub unlisted_tests: Vec<String>,
    /// The teacher's view: suppressions, and kit files that differ from the shipped copy.
    pub audit: Audit,
    /// Files of `src/` kit did not grade (symlinks).
    pub skipped_files: Vec<String>,
}

impl GradeReport {
    /// It was built: there was a `src/` to build, no policy violation, no compile error.
    pub fn compiled(&self) -> bool {
        self.not_graded.is_none() && self.policy.is_empty() && self.compile_errors.is_empty()
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

/// Where and how to grade.
pub struct Grader<'a> {
    /// The kit root: the learner's clone.
    pub root: &'a Path,
    /// The grading workspace (normally `<root>/.kit/grading`).
    pub grading_dir: &'a Path,
    pub time_limit: Duration,
    pub progress: &'a dyn Progress,
}

/// One exercise side on its way through grading.
struct Target<'a> {
    exercise: &'a ExerciseInfo,
    side: Side,
    embedded: &'static EmbeddedExercise,
    report: GradeReport,
    package: Option<PathBuf>,
}

/// Grades each `(exercise, side)`, building all their test binaries in one cargo call.
pub fn grade_all(
    grader: &Grader<'_>,
    targets: &[(&ExerciseInfo, Side)],
) -> KitResult<Vec<GradeReport>> {
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let dir = GradingDir::open(grader.grading_dir)?;
    let kit_files = audit::changed_kit_files(grader.root);
    let mut prepared = Vec::new();
    for (exercise, side) in targets {
        prepared.push(prepare(grader.root, &dir, exercise, *side, &kit_files)?);
    }

    dir.write_manifest()?;
    let packages: Vec<String> = prepared
        .iter()
        .filter(|t| t.package.is_some())
        .map(|t| package_name(t.exercise, t.side))
        .collect();
    let build = if packages.is_empty() {
        BuildOutcome::default()
    } else {
        Cargo::new(&dir.manifest(), &dir.target_dir()).build_grade_binaries(&packages)?
    };

    // Everything that reads the build happens before the first check runs learner code.
    let mut ready = Vec::new();
    for mut target in prepared {
        let binary = target
            .package
            .as_ref()
            .and_then(|_| {
                build
                    .binaries
                    .get(&package_name(target.exercise, target.side))
            })
            .cloned();
        let mut available = Vec::new();
        if let Some(package) = &target.package {
            match &binary {
                Some(binary) => {
                    target.report.lint = lint_sources(
                        package,
                        dir.path(),
                        &dir.lint_config(),
                        &target.exercise.lint_help,
                    )?;
                    available = list_tests(binary)?;
                }
                None => {
                    target.report.compile_errors = with_missing_files(
                        build.failure_of(&package_name(target.exercise, target.side)),
                        target.exercise,
                        target.embedded,
                        &target.report,
                        grader.root,
                    );
                }
            }
        }
        let signature = binary.as_deref().map(signature_of);
        ready.push((target, binary, signature, available));
    }

    let mut reports = Vec::new();
    for (mut target, binary, signature, available) in ready {
        for check in &target.exercise.checks {
            let (status, run) = match (&target.report, &binary) {
                (report, _) if report.not_graded.is_some() || !report.policy.is_empty() => (
                    CheckStatus::NotRun {
                        reason: not_graded_reason(report),
                    },
                    None,
                ),
                (_, None) => (CheckStatus::NotCompiled, None),
                (_, Some(_)) if !available.contains(&check.test) => (CheckStatus::Missing, None),
                (_, Some(binary)) if Some(signature_of(binary)) != signature => (
                    CheckStatus::NotRun {
                        reason: tr!("failure-binary-changed"),
                    },
                    None,
                ),
                (_, Some(binary)) => {
                    let run = run_check(
                        binary,
                        &check.test,
                        &dir.runs_dir(),
                        grader.time_limit,
                        grader.progress,
                    )?;
                    (status_of(&run), Some(run))
                }
            };
            let (output, record) = match run {
                Some(CheckRun { outcome, output }) => (
                    output,
                    match outcome {
                        RunOutcome::Reported(finished) => Some(*finished),
                        _ => None,
                    },
                ),
                None => (String::new(), None),
            };
            target.report.checks.push(CheckResult {
                name: check.test.clone(),
                kind: check.kind,
                points: check.points,
                teaches: exercise_text(
                    &check_text_id(&target.exercise.id, &check.test),
                    &check.teaches,
                ),
                status,
                output,
                record,
            });
        }
        if target.exercise.lint_points > 0 {
            target
                .report
                .checks
                .push(lint_check(target.exercise, &target.report));
        }
        target.report.unlisted_tests = available
            .into_iter()
            .filter(|test| !target.exercise.checks.iter().any(|c| &c.test == test))
            .collect();
        reports.push(target.report);
    }
    Ok(reports)
}

/// Snapshots the side's `src/`, checks it can be graded, and writes its package.
fn prepare<'a>(
    root: &Path,
    dir: &GradingDir,
    exercise: &'a ExerciseInfo,
    side: Side,
    kit_files: &[ChangedFile],
) -> KitResult<Target<'a>> {
    let embedded = embedded::exercise(&exercise.dir).ok_or_else(|| {
        KitError::new(tr!("error-not-embedded", id = &exercise.id))
            .with_help(tr!("error-not-embedded-help"))
    })?;
    let package_on_disk = package_dir(root, exercise, side);
    let shown_src = format!("{}/{}/src", side.folder(), exercise.dir);
    let mut report = GradeReport {
        exercise_id: exercise.id.clone(),
        title: exercise_text(&format!("{}-title", exercise.id), &exercise.title),
        side,
        source_dir: PathBuf::from(&shown_src),
        tests_file: Path::new("exercises")
            .join(&exercise.dir)
            .join("tests/grade.rs"),
        not_graded: None,
        policy: Vec::new(),
        compile_errors: Vec::new(),
        checks: Vec::new(),
        lint: LintOutcome {
            findings: 0,
            rendered: String::new(),
        },
        unlisted_tests: Vec::new(),
        audit: Audit::default(),
        skipped_files: Vec::new(),
    };
    if side == Side::Starter {
        report.audit.changed_files = audit::changed_exercise_files(
            &package_on_disk,
            &format!("exercises/{}", exercise.dir),
            exercise,
            embedded,
        );
        report.audit.kit_files = kit_files.to_vec();
    }
    let snapshot = match snapshot(&package_on_disk.join("src"), &shown_src) {
        Ok(snapshot) => snapshot,
        Err(reason) => {
            report.not_graded = Some(reason);
            return Ok(Target {
                exercise,
                side,
                embedded,
                report,
                package: None,
            });
        }
    };
    report.skipped_files = snapshot.skipped.clone();
    report.audit.suppressions = audit::suppressions(&snapshot, &shown_src);
    if !snapshot.files.contains_key("lib.rs") {
        report.not_graded = Some(tr!("not-graded-no-lib", path = &shown_src));
    }
    let package = if report.not_graded.is_none() {
        let package = dir.materialize(exercise, side, embedded, &snapshot)?;
        report.policy = violations(&package.join("src"), &exercise.support);
        report.policy.is_empty().then_some(package)
    } else {
        None
    };
    Ok(Target {
        exercise,
        side,
        embedded,
        report,
        package,
    })
}

/// Why no check of an exercise ran, for each check's message (the Classroom JSON has no
/// report header).
fn not_graded_reason(report: &GradeReport) -> String {
    if let Some(reason) = &report.not_graded {
        return tr!("failure-not-run", reason = reason);
    }
    let uses: Vec<String> = report
        .policy
        .iter()
        .map(|v| {
            format!(
                "{}:{}: {}\n  {}",
                v.file.display(),
                v.line,
                v.problem,
                tr!("help-line", help = &v.help)
            )
        })
        .collect();
    tr!("failure-not-run-policy", violations = uses.join("\n"))
}

/// cargo's errors, preceded by the starter's files that the learner's `src/` lacks: a
/// deleted module file reads as what it is, not only as rustc's "file not found".
fn with_missing_files(
    errors: Vec<String>,
    exercise: &ExerciseInfo,
    embedded: &EmbeddedExercise,
    report: &GradeReport,
    root: &Path,
) -> Vec<String> {
    let src = root.join(&report.source_dir);
    let missing: Vec<String> = embedded
        .starter
        .iter()
        .filter(|file| !exercise.support.iter().any(|s| s == file.path))
        .filter(|file| !src.join(file.path.trim_start_matches("src/")).exists())
        .map(|file| {
            tr!(
                "not-graded-missing-file",
                path = format!(
                    "{}/{}",
                    report.source_dir.display(),
                    file.path.trim_start_matches("src/")
                ),
                id = &report.exercise_id
            )
        })
        .collect();
    missing.into_iter().chain(errors).collect()
}

fn status_of(run: &CheckRun) -> CheckStatus {
    match &run.outcome {
        RunOutcome::Reported(finished) if finished.passed() => CheckStatus::Passed,
        RunOutcome::Reported(finished) => CheckStatus::Failed {
            message: finished.message(),
        },
        RunOutcome::Hung { limit, clock } => CheckStatus::Hung {
            limit: *limit,
            clock: clock.clone(),
        },
        RunOutcome::Unreported { reason } => CheckStatus::Unreported {
            reason: reason.clone(),
        },
    }
}

/// The lint check: it needs a compiling `src/`, or an empty or broken file would be "clean";
/// a `src/` the source policy refused was never built, and says so.
fn lint_check(exercise: &ExerciseInfo, report: &GradeReport) -> CheckResult {
    let status = if report.not_graded.is_some() || !report.policy.is_empty() {
        CheckStatus::NotRun {
            reason: not_graded_reason(report),
        }
    } else if !report.compiled() {
        CheckStatus::NotCompiled
    } else if report.lint.is_clean() {
        CheckStatus::Passed
    } else {
        CheckStatus::Failed {
            message: report.lint.rendered.trim_end().to_string(),
        }
    };
    CheckResult {
        name: LINT_CHECK.to_string(),
        kind: CheckKind::Lint,
        points: exercise.lint_points,
        teaches: tr!("lint-teaches"),
        status,
        output: String::new(),
        record: None,
    }
}

/// What identifies a file's content without reading it: size, modification time and, on
/// unix, inode and change time, which no write or rename leaves as they were.
fn signature_of(path: &Path) -> BTreeMap<&'static str, i128> {
    let mut signature = BTreeMap::new();
    if let Ok(meta) = std::fs::metadata(path) {
        signature.insert("len", i128::from(meta.len()));
        if let Ok(modified) = meta.modified()
            && let Ok(since) = modified.duration_since(std::time::UNIX_EPOCH)
        {
            signature.insert("mtime", since.as_nanos() as i128);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            signature.insert("ino", i128::from(meta.ino()));
            signature.insert("ctime", i128::from(meta.ctime()));
            signature.insert("ctime_nsec", i128::from(meta.ctime_nsec()));
        }
    }
    signature
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn check(name: &str, kind: CheckKind, points: u32, status: CheckStatus) -> CheckResult {
        CheckResult {
            name: name.into(),
            kind,
            points,
            teaches: match kind {
                CheckKind::Timing => "independent calls should overlap",
                CheckKind::Stall => "the runtime must stay responsive",
                _ => "all ten users come back",
            }
            .into(),
            status,
            output: String::new(),
            record: None,
        }
    }

    pub(crate) fn sample_report() -> GradeReport {
        GradeReport {
            exercise_id: "exercise-01".into(),
            title: "Ten users at once".into(),
            side: Side::Starter,
            source_dir: "exercises/01-ten-users/src".into(),
            tests_file: "exercises/01-ten-users/tests/grade.rs".into(),
            not_graded: None,
            policy: vec![],
            compile_errors: vec![],
            checks: vec![
                check(
                    "ten_users_take_half_a_second",
                    CheckKind::Timing,
                    5,
                    CheckStatus::Failed {
                        message: "10 requests took 5.0 s of simulated time".into(),
                    },
                ),
                check(
                    "never_blocks",
                    CheckKind::Stall,
                    3,
                    CheckStatus::Hung {
                        limit: Duration::from_secs(10),
                        clock: Some("paused".into()),
                    },
                ),
                check(
                    "every_user_is_fetched",
                    CheckKind::Behaviour,
                    2,
                    CheckStatus::Passed,
                ),
            ],
            lint: LintOutcome {
                findings: 0,
                rendered: String::new(),
            },
            unlisted_tests: vec![],
            audit: Audit::default(),
            skipped_files: vec![],
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

    #[test]
    fn the_lint_point_needs_code_that_compiles() {
        let mut report = sample_report();
        let exercise = crate::info_file::sample_exercise(1, "ten-users");
        assert!(
            lint_check(&exercise, &report).passed(),
            "clean and compiled"
        );
        report.compile_errors = vec!["error[E0308]".into()];
        assert_eq!(
            lint_check(&exercise, &report).status,
            CheckStatus::NotCompiled
        );
        report.compile_errors.clear();
        report.policy = vec![PolicyViolation {
            file: "src/lib.rs".into(),
            line: 3,
            column: 5,
            rule: "outside-world".into(),
            problem: "`std::env::args` reaches outside your code from src/".into(),
            why: "w".into(),
            help: "h".into(),
        }];
        let refused = lint_check(&exercise, &report).status;
        assert!(
            matches!(&refused, CheckStatus::NotRun { reason } if reason.contains("src/lib.rs:3: `std::env::args`")),
            "{refused:?}"
        );
    }

    #[test]
    fn a_rewritten_file_has_another_signature() {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("grade-bin");
        std::fs::write(&path, "original").unwrap();
        let before = signature_of(&path);
        assert_eq!(before, signature_of(&path));
        std::fs::remove_file(&path).unwrap();
        std::fs::write(&path, "forgery!").unwrap();
        assert_ne!(before, signature_of(&path));
    }
}
