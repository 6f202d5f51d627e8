//! `kit verify`: the check CI runs so the kit cannot rot. For every exercise, the starter as
//! shipped compiles and fails grading only for the documented reason (`starter_fails`),
//! the reference solution passes every check and is asynclint-clean, and the metadata is
//! consistent (README, hint, a `// TODO:` marker, a solution, checks == tests).

use std::fmt::Write as _;
use std::path::Path;

use crate::embedded;
use crate::error::KitResult;
use crate::exercise::{Side, package_dir};
use crate::grade::{CheckStatus, GradeReport, Grader, grade_all};
use crate::info_file::{ExerciseInfo, InfoFile};

/// The verdict on one side (starter or solution) of one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// What was proven, in a few words.
    Ok(String),
    /// Everything that is wrong.
    Failed(Vec<String>),
}

impl Verdict {
    pub fn is_ok(&self) -> bool {
        matches!(self, Verdict::Ok(_))
    }

    fn from_problems(problems: Vec<String>, summary: String) -> Self {
        if problems.is_empty() {
            Verdict::Ok(summary)
        } else {
            Verdict::Failed(problems)
        }
    }
}

/// What verify found for one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseVerdict {
    pub id: String,
    /// The starter as shipped, plus the exercise's metadata.
    pub starter: Verdict,
    pub solution: Verdict,
    /// Problems that do not fail verify (a stale embedded starter in a local build).
    pub warnings: Vec<String>,
}

/// Verifies every exercise, building all starters and solutions in one cargo call, through
/// the same pipeline as `kit grade`.
pub fn verify(grader: &Grader<'_>, info: &InfoFile) -> KitResult<Vec<ExerciseVerdict>> {
    let root = grader.root;
    let targets: Vec<(&ExerciseInfo, Side)> = info
        .exercises
        .iter()
        .flat_map(|exercise| [(exercise, Side::Starter), (exercise, Side::Solution)])
        .collect();
    let reports = grade_all(grader, &targets)?;
    let listed = info
        .exercises
        .iter()
        .zip(reports.chunks(2))
        .map(|(exercise, pair)| {
            let (starter, solution) = (&pair[0], &pair[1]);
            let mut starter_problems = metadata_problems(root, exercise, solution);
            let summary = match judge_starter(exercise, starter) {
                Ok(summary) => summary,
                Err(problems) => {
                    starter_problems.extend(problems);
                    String::new()
                }
            };
            let solution = match judge_solution(solution) {
                Ok(summary) => Verdict::Ok(summary),
                Err(problems) => Verdict::Failed(problems),
            };
            ExerciseVerdict {
                id: exercise.id.clone(),
                starter: Verdict::from_problems(starter_problems, summary),
                solution,
                warnings: stale_starter_warning(root, exercise).into_iter().collect(),
            }
        });
    Ok(listed.chain(unlisted_packages(root, info)).collect())
}

/// Exercise or solution folders that info.toml does not list: they would never be graded
/// nor verified, so both of their sides fail.
fn unlisted_packages(root: &Path, info: &InfoFile) -> Vec<ExerciseVerdict> {
    let mut dirs: Vec<String> = ["exercises", "solutions"]
        .iter()
        .filter_map(|parent| std::fs::read_dir(root.join(parent)).ok())
        .flat_map(|entries| entries.filter_map(Result::ok))
        .filter(|entry| entry.path().join("Cargo.toml").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|dir| !info.exercises.iter().any(|e| &e.dir == dir))
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs.into_iter()
        .map(|dir| ExerciseVerdict {
            starter: Verdict::Failed(vec![format!(
                "{dir} is not listed in exercises/info.toml, so it is never graded nor verified"
            )]),
            solution: Verdict::Failed(vec![format!("{dir} is not verified")]),
            id: dir,
            warnings: Vec::new(),
        })
        .collect()
}

/// The starter must compile and fail at least one check, only of the documented kinds.
pub fn judge_starter(exercise: &ExerciseInfo, report: &GradeReport) -> Result<String, Vec<String>> {
    if !report.compiled() {
        return Err(vec![format!(
            "the starter does not compile; it must compile and fail for the documented reason:\n{}",
            first_lines(&report.compile_errors.join("\n"), 12)
        )]);
    }
    let mut problems = Vec::new();
    for check in report.checks.iter().filter(|c| !c.passed()) {
        if !exercise.starter_fails.contains(&check.kind) {
            problems.push(format!(
                "the starter fails `{}`, a {} check, but starter_fails lists only {}: {}",
                check.name,
                check.kind,
                kinds_list(&exercise.starter_fails, "or"),
                status_summary(&check.status)
            ));
        }
    }
    let failed = report.failed_kinds();
    if failed.is_empty() {
        problems.push(format!(
            "the starter passes every check: it must fail a {} check to teach anything",
            kinds_list(&exercise.starter_fails, "or")
        ));
    }
    if problems.is_empty() {
        Ok(format!(
            "starter fails {} as documented ({}/{})",
            kinds_list(&failed, "and"),
            report.score(),
            report.max_score()
        ))
    } else {
        Err(problems)
    }
}

/// The solution must compile, pass every check and be asynclint-clean.
pub fn judge_solution(report: &GradeReport) -> Result<String, Vec<String>> {
    if !report.compiled() {
        return Err(vec![format!(
            "the solution does not compile:\n{}",
            first_lines(&report.compile_errors.join("\n"), 12)
        )]);
    }
    let mut problems: Vec<String> = report
        .checks
        .iter()
        .filter(|c| !c.passed() && c.kind != crate::info_file::CheckKind::Lint)
        .map(|c| {
            format!(
                "the solution fails `{}` ({}): {}",
                c.name,
                c.kind,
                status_summary(&c.status)
            )
        })
        .collect();
    if !report.lint.is_clean() {
        problems.push(format!(
            "asynclint finds {} problem(s) in the solution, which must be clean:\n{}",
            report.lint.findings,
            report.lint.rendered.trim_end()
        ));
    }
    if problems.is_empty() {
        Ok(format!(
            "solution passes {}/{}, asynclint-clean",
            report.score(),
            report.max_score()
        ))
    } else {
        Err(problems)
    }
}

/// README, `// TODO:` marker, grading tests (all as embedded in kit, which is what ships),
/// solution, and checks == tests.
fn metadata_problems(root: &Path, exercise: &ExerciseInfo, solution: &GradeReport) -> Vec<String> {
    let starter_dir = package_dir(root, exercise, Side::Starter);
    let solution_dir = package_dir(root, exercise, Side::Solution);
    let mut problems = Vec::new();
    let shipped = embedded::exercise(&exercise.dir);
    let shipped_text = |path: &str| {
        shipped
            .and_then(|e| e.file(path))
            .map(|f| String::from_utf8_lossy(f.contents).into_owned())
    };
    if shipped_text("README.md").is_none_or(|text| text.trim().is_empty()) {
        problems.push(format!(
            "{}/README.md is missing or empty",
            relative(root, &starter_dir)
        ));
    }
    if shipped_text("tests/grade.rs").is_none() {
        problems.push(format!(
            "{}/tests/grade.rs is missing",
            relative(root, &starter_dir)
        ));
    }
    let has_todo = shipped.is_some_and(|e| {
        e.starter.iter().any(|f| {
            f.path.ends_with(".rs") && String::from_utf8_lossy(f.contents).contains("// TODO:")
        })
    });
    if !has_todo {
        problems.push(format!(
            "no `// TODO:` marker in {}/src: the learner must see where to edit",
            relative(root, &starter_dir)
        ));
    }
    if !solution_dir.join("src").is_dir() {
        problems.push(format!(
            "{}/src is missing: every exercise needs a solution",
            relative(root, &solution_dir)
        ));
    }
    if solution.compiled() {
        for check in solution
            .checks
            .iter()
            .filter(|c| c.status == CheckStatus::Missing)
        {
            problems.push(format!(
                "info.toml lists check `{}` but tests/grade.rs has no such test",
                check.name
            ));
        }
        for test in &solution.unlisted_tests {
            problems.push(format!(
                "tests/grade.rs has test `{test}` that info.toml does not list as a check"
            ));
        }
    }
    problems
}

/// A local kit binary may embed an older starter (build.rs does not watch the sources).
fn stale_starter_warning(root: &Path, exercise: &ExerciseInfo) -> Option<String> {
    let shipped = embedded::exercise(&exercise.dir)?;
    let dir = package_dir(root, exercise, Side::Starter);
    let stale = shipped
        .starter
        .iter()
        .any(|file| std::fs::read(dir.join(file.path)).map_or(true, |disk| disk != file.contents));
    stale.then(|| {
        "the copy of the starter inside this kit binary differs from the files on disk, so \
         `kit reset` would restore the old one; touch exercises/info.toml and rebuild kit"
            .to_string()
    })
}

/// One line per exercise, problems indented below, then `verify: N passed, M failed`.
pub fn render(verdicts: &[ExerciseVerdict]) -> String {
    let mut out = String::new();
    for verdict in verdicts {
        let status = if verdict.starter.is_ok() && verdict.solution.is_ok() {
            "ok  "
        } else {
            "FAIL"
        };
        let describe = |side: &str, v: &Verdict| match v {
            Verdict::Ok(summary) => summary.clone(),
            Verdict::Failed(problems) => format!("{side}: {} problem(s)", problems.len()),
        };
        writeln!(
            out,
            "{status} {}  {} · {}",
            verdict.id,
            describe("starter", &verdict.starter),
            describe("solution", &verdict.solution)
        )
        .unwrap();
        for (side, v) in [
            ("starter", &verdict.starter),
            ("solution", &verdict.solution),
        ] {
            if let Verdict::Failed(problems) = v {
                for problem in problems {
                    let mut lines = problem.lines();
                    writeln!(out, "       {side}: {}", lines.next().unwrap_or_default()).unwrap();
                    for line in lines {
                        writeln!(out, "         {line}").unwrap();
                    }
                }
            }
        }
        for warning in &verdict.warnings {
            writeln!(out, "       warning: {warning}").unwrap();
        }
    }
    let (passed, failed) = tally(verdicts);
    writeln!(out, "verify: {passed} passed, {failed} failed").unwrap();
    out
}

/// Passed and failed sides: each exercise counts twice, its starter and its solution.
pub fn tally(verdicts: &[ExerciseVerdict]) -> (usize, usize) {
    let sides = verdicts.iter().flat_map(|v| [&v.starter, &v.solution]);
    let passed = sides.clone().filter(|v| v.is_ok()).count();
    (passed, verdicts.len() * 2 - passed)
}

fn status_summary(status: &CheckStatus) -> String {
    match status {
        CheckStatus::Passed => "passed".to_string(),
        CheckStatus::Failed { message } => first_lines(message, 3),
        CheckStatus::Hung { limit, .. } => {
            format!("hung (killed after {})", crate::report::seconds(*limit))
        }
        CheckStatus::Unreported { reason } | CheckStatus::NotRun { reason } => {
            first_lines(reason, 3)
        }
        CheckStatus::Missing => "no such test in tests/grade.rs".to_string(),
        CheckStatus::NotCompiled => "did not compile".to_string(),
    }
}

/// `timing`, `timing or bound`, `timing, bound and stall`.
fn kinds_list(kinds: &[crate::info_file::CheckKind], conjunction: &str) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

fn first_lines(text: &str, count: usize) -> String {
    text.lines().take(count).collect::<Vec<_>>().join("\n")
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::tests::sample_report;
    use crate::info_file::{Check, CheckKind};

    fn exercise(starter_fails: Vec<CheckKind>) -> ExerciseInfo {
        let report = sample_report();
        ExerciseInfo {
            id: "exercise-01".into(),
            number: 1,
            slug: "ten-users".into(),
            dir: "01-ten-users".into(),
            title: "t".into(),
            topic: "t".into(),
            seed: "s".into(),
            hint: "h".into(),
            starter_fails,
            lint_points: 0,
            checks: report
                .checks
                .iter()
                .map(|c| Check {
                    test: c.name.clone(),
                    kind: c.kind,
                    points: c.points,
                    teaches: c.teaches.clone(),
                })
                .collect(),
            support: Vec::new(),
            lint_help: Default::default(),
            line: 1,
        }
    }

    #[test]
    fn a_starter_failing_only_documented_kinds_is_ok() {
        // sample_report fails a timing check and hangs a stall check.
        let ex = exercise(vec![CheckKind::Timing, CheckKind::Stall]);
        let summary = judge_starter(&ex, &sample_report()).unwrap();
        assert_eq!(
            summary,
            "starter fails timing and stall as documented (2/10)"
        );
    }

    #[test]
    fn a_starter_failing_an_undocumented_kind_is_reported() {
        let ex = exercise(vec![CheckKind::Timing]);
        let problems = judge_starter(&ex, &sample_report()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].contains("`never_blocks`, a stall check"),
            "{problems:?}"
        );
        assert!(problems[0].contains("hung"), "{problems:?}");
    }

    #[test]
    fn a_starter_that_passes_or_does_not_compile_fails_verify() {
        let ex = exercise(vec![CheckKind::Timing]);
        let mut passing = sample_report();
        for check in &mut passing.checks {
            check.status = CheckStatus::Passed;
        }
        let problems = judge_starter(&ex, &passing).unwrap_err();
        assert!(problems[0].contains("passes every check"));

        let mut broken = sample_report();
        broken.compile_errors = vec!["error[E0308]: mismatched types".into()];
        let problems = judge_starter(&ex, &broken).unwrap_err();
        assert!(problems[0].starts_with("the starter does not compile"));
    }

    #[test]
    fn a_solution_must_pass_everything_and_be_lint_clean() {
        let problems = judge_solution(&sample_report()).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems[0].contains("`ten_users_take_half_a_second` (timing)"));

        let mut clean = sample_report();
        for check in &mut clean.checks {
            check.status = CheckStatus::Passed;
        }
        assert_eq!(
            judge_solution(&clean).unwrap(),
            "solution passes 10/10, asynclint-clean"
        );
        clean.lint.findings = 1;
        clean.lint.rendered = "src/lib.rs:1:1: warning[detached-spawn]: x".into();
        assert!(judge_solution(&clean).unwrap_err()[0].contains("must be clean"));
    }

    #[test]
    fn render_ends_with_the_plain_summary_line() {
        let verdicts = vec![
            ExerciseVerdict {
                id: "exercise-01".into(),
                starter: Verdict::Ok("starter fails timing as documented (0/5)".into()),
                solution: Verdict::Ok("solution passes 5/5, asynclint-clean".into()),
                warnings: vec![],
            },
            ExerciseVerdict {
                id: "exercise-02".into(),
                starter: Verdict::Ok("starter fails bound as documented (0/5)".into()),
                solution: Verdict::Failed(vec![
                    "the solution fails `x` (bound): 11 in flight".into(),
                ]),
                warnings: vec![],
            },
        ];
        let text = render(&verdicts);
        assert!(
            text.starts_with("ok   exercise-01  starter fails timing"),
            "{text}"
        );
        assert!(text.contains("FAIL exercise-02"), "{text}");
        assert!(text.contains("       solution: the solution fails `x` (bound): 11 in flight"));
        assert_eq!(text.lines().last().unwrap(), "verify: 3 passed, 1 failed");
        assert_eq!(tally(&verdicts), (3, 1));
    }

    #[test]
    fn kind_lists_read_as_a_sentence() {
        use CheckKind::*;
        assert_eq!(kinds_list(&[Timing], "and"), "timing");
        assert_eq!(kinds_list(&[Timing, Bound], "or"), "timing or bound");
        assert_eq!(
            kinds_list(&[Timing, Lint, Behaviour], "and"),
            "timing, lint and behaviour"
        );
    }
}
