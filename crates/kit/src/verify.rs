//! `kit verify`: the check CI runs so the kit cannot rot. For every exercise, the starter as
//! shipped compiles and fails grading for exactly the documented reasons (`starter_fails`:
//! every listed kind fails, no other kind does),
//! the reference solution passes every check and is asynclint-clean, and the metadata is
//! consistent (README, hint, a `// TODO:` marker, a solution, checks == tests).

use std::fmt::Write as _;
use std::path::Path;

use crate::embedded;
use crate::error::KitResult;
use crate::exercise::{Side, package_dir};
use crate::grade::{CheckStatus, GradeReport, Grader, grade_all};
use crate::i18n::tr;
use crate::info_file::{ExerciseInfo, InfoFile};
use crate::report::kind_name;

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
            starter: Verdict::Failed(vec![tr!("verify-unlisted", dir = &dir)]),
            solution: Verdict::Failed(vec![tr!("verify-unverified", dir = &dir)]),
            id: dir,
            warnings: Vec::new(),
        })
        .collect()
}

/// The starter must compile, and the kinds of check it fails must be exactly the kinds
/// `starter_fails` lists: a check of another kind that fails is a starter that teaches
/// something undocumented, and a listed kind whose checks all pass is a lesson the starter
/// no longer shows (a grading test or an analyser that stopped catching it).
pub fn judge_starter(exercise: &ExerciseInfo, report: &GradeReport) -> Result<String, Vec<String>> {
    if !report.compiled() {
        return Err(vec![tr!(
            "verify-starter-does-not-compile",
            errors = first_lines(&report.compile_errors.join("\n"), 12)
        )]);
    }
    let mut problems = Vec::new();
    for check in report.checks.iter().filter(|c| !c.passed()) {
        if !exercise.starter_fails.contains(&check.kind) {
            problems.push(tr!(
                "verify-starter-fails-undocumented",
                check = &check.name,
                kind = kind_name(check.kind),
                documented = kinds_list(&exercise.starter_fails, Conjunction::Or),
                status = status_summary(&check.status)
            ));
        }
    }
    let failed = report.failed_kinds();
    if failed.is_empty() {
        problems.push(tr!(
            "verify-starter-passes",
            documented = kinds_list(&exercise.starter_fails, Conjunction::Or)
        ));
    } else {
        problems.extend(listed_kinds_that_pass(exercise, report, &failed));
    }
    if problems.is_empty() {
        Ok(tr!(
            "verify-starter-ok",
            failed = kinds_list(&failed, Conjunction::And),
            score = report.score(),
            max = report.max_score()
        ))
    } else {
        Err(problems)
    }
}

/// One problem per kind that `starter_fails` lists but no check of the starter failed.
fn listed_kinds_that_pass(
    exercise: &ExerciseInfo,
    report: &GradeReport,
    failed: &[crate::info_file::CheckKind],
) -> Vec<String> {
    exercise
        .starter_fails
        .iter()
        .filter(|kind| !failed.contains(kind))
        .map(|&kind| {
            tr!(
                "verify-starter-listed-kind-passes",
                exercise = &exercise.id,
                listed = kind.to_string(),
                kind = kind_name(kind),
                checks = report.checks.iter().filter(|c| c.kind == kind).count()
            )
        })
        .collect()
}

/// The solution must compile, pass every check and be asynclint-clean.
pub fn judge_solution(report: &GradeReport) -> Result<String, Vec<String>> {
    if !report.compiled() {
        return Err(vec![tr!(
            "verify-solution-does-not-compile",
            errors = first_lines(&report.compile_errors.join("\n"), 12)
        )]);
    }
    let mut problems: Vec<String> = report
        .checks
        .iter()
        .filter(|c| !c.passed() && c.kind != crate::info_file::CheckKind::Lint)
        .map(|c| {
            tr!(
                "verify-solution-fails",
                check = &c.name,
                kind = kind_name(c.kind),
                status = status_summary(&c.status)
            )
        })
        .collect();
    if !report.lint.is_clean() {
        problems.push(tr!(
            "verify-solution-not-clean",
            findings = report.lint.findings,
            rendered = report.lint.rendered.trim_end()
        ));
    }
    if problems.is_empty() {
        Ok(tr!(
            "verify-solution-ok",
            score = report.score(),
            max = report.max_score()
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
        problems.push(tr!("verify-no-readme", dir = relative(root, &starter_dir)));
    }
    if shipped_text("tests/grade.rs").is_none() {
        problems.push(tr!("verify-no-tests", dir = relative(root, &starter_dir)));
    }
    let has_todo = shipped.is_some_and(|e| {
        e.starter.iter().any(|f| {
            f.path.ends_with(".rs") && String::from_utf8_lossy(f.contents).contains("// TODO:")
        })
    });
    if !has_todo {
        problems.push(tr!("verify-no-todo", dir = relative(root, &starter_dir)));
    }
    if !solution_dir.join("src").is_dir() {
        problems.push(tr!(
            "verify-no-solution",
            dir = relative(root, &solution_dir)
        ));
    }
    if solution.compiled() {
        for check in solution
            .checks
            .iter()
            .filter(|c| c.status == CheckStatus::Missing)
        {
            problems.push(tr!("verify-check-without-test", check = &check.name));
        }
        for test in &solution.unlisted_tests {
            problems.push(tr!("verify-test-without-check", test = test));
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
    stale.then(|| tr!("verify-stale-starter"))
}

/// One line per exercise, problems indented below, then `verify: N passed, M failed`.
pub fn render(verdicts: &[ExerciseVerdict]) -> String {
    let mut out = String::new();
    for verdict in verdicts {
        let status = if verdict.starter.is_ok() && verdict.solution.is_ok() {
            format!("{:<4}", tr!("verify-ok"))
        } else {
            tr!("verdict-fail")
        };
        let describe = |side: &str, v: &Verdict| match v {
            Verdict::Ok(summary) => summary.clone(),
            Verdict::Failed(problems) => {
                tr!("verify-problems", side = side, problems = problems.len())
            }
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
                    writeln!(
                        out,
                        "       {}",
                        tr!(
                            "verify-problem",
                            side = side,
                            problem = lines.next().unwrap_or_default()
                        )
                    )
                    .unwrap();
                    for line in lines {
                        writeln!(out, "         {line}").unwrap();
                    }
                }
            }
        }
        for warning in &verdict.warnings {
            writeln!(out, "       {}", tr!("verify-warning", warning = warning)).unwrap();
        }
    }
    let (passed, failed) = tally(verdicts);
    writeln!(
        out,
        "{}",
        tr!("verify-total", passed = passed, failed = failed)
    )
    .unwrap();
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
        CheckStatus::Passed => tr!("report-passed"),
        CheckStatus::Failed { message } => first_lines(message, 3),
        CheckStatus::Hung { limit, .. } => {
            tr!("verify-hung", limit = crate::report::seconds(*limit))
        }
        CheckStatus::Unreported { reason } | CheckStatus::NotRun { reason } => {
            first_lines(reason, 3)
        }
        CheckStatus::Missing => tr!("verify-no-such-test"),
        CheckStatus::NotCompiled => tr!("verify-did-not-compile"),
    }
}

/// How the last two kinds of a list are joined.
#[derive(Clone, Copy)]
enum Conjunction {
    And,
    Or,
}

/// `timing`, `timing or bound`, `timing, bound and stall`.
fn kinds_list(kinds: &[crate::info_file::CheckKind], conjunction: Conjunction) -> String {
    let names: Vec<String> = kinds.iter().map(|k| kind_name(*k)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let items = rest.join(", ");
            match conjunction {
                Conjunction::And => tr!("verify-list-and", items = items, last = last),
                Conjunction::Or => tr!("verify-list-or", items = items, last = last),
            }
        }
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
    fn a_listed_kind_whose_checks_all_pass_fails_verify() {
        // sample_report fails timing and stall; its behaviour and (absent) lint pass.
        let mut ex = exercise(vec![
            CheckKind::Timing,
            CheckKind::Stall,
            CheckKind::Behaviour,
        ]);
        let mut report = sample_report();
        let problems = judge_starter(&ex, &report).unwrap_err();
        assert_eq!(
            problems,
            [
                "exercise-01: starter_fails lists `behaviour` but the behaviour check passed: \
              the starter no longer shows that mistake, or the check stopped catching it"
            ]
        );

        // Two timing checks that both pass, and lint listed too: one problem per kind.
        ex.starter_fails = vec![CheckKind::Stall, CheckKind::Timing, CheckKind::Lint];
        report.checks[0].status = CheckStatus::Passed;
        report.checks.push(report.checks[0].clone());
        report.checks.push(crate::grade::CheckResult {
            name: "asynclint".into(),
            kind: CheckKind::Lint,
            points: 1,
            teaches: String::new(),
            status: CheckStatus::Passed,
            output: String::new(),
            record: None,
        });
        let problems = judge_starter(&ex, &report).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with(
                "exercise-01: starter_fails lists `timing` but every timing check passed"
            ),
            "{problems:?}"
        );
        assert!(
            problems[1]
                .starts_with("exercise-01: starter_fails lists `lint` but the lint check passed"),
            "{problems:?}"
        );
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
        assert_eq!(kinds_list(&[Timing], Conjunction::And), "timing");
        assert_eq!(
            kinds_list(&[Timing, Bound], Conjunction::Or),
            "timing or bound"
        );
        assert_eq!(
            kinds_list(&[Timing, Lint, Behaviour], Conjunction::And),
            "timing, lint and behaviour"
        );
    }
}
