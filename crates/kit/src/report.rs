//! Renders grade reports: the human report a learner reads in the terminal, and the
//! GitHub Classroom autograder JSON (`{version, status, max_score, tests: [...]}`).

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::exercise::Side;
use crate::grade::{CheckResult, CheckStatus, GradeReport};
use crate::i18n::tr;
use crate::info_file::CheckKind;
use crate::timeline::Timelines;
use crate::timeline::json::{CallBudget, panels_json};
use unicode_width::UnicodeWidthStr;

/// How far the lines under a check are indented.
pub const CHECK_INDENT: usize = 12;

/// The report a learner reads: every check with its verdict, points and, when it failed,
/// what it teaches, what the test measured and the timeline of its calls beside the shape
/// correct code has; then the lint findings and the total.
pub fn render_human(report: &GradeReport, timelines: &Timelines) -> String {
    let mut out = String::new();
    let side = match report.side {
        Side::Starter => String::new(),
        Side::Solution => format!(" {}", tr!("report-reference-solution")),
    };
    writeln!(
        out,
        "{} · {}{side}\n  {}\n",
        report.exercise_id,
        report.title,
        tr!(
            "report-graded",
            path = report.source_dir.display().to_string()
        )
    )
    .unwrap();

    if let Some(reason) = &report.not_graded {
        writeln!(out, "{}", tr!("report-cannot-grade", reason = reason)).unwrap();
        writeln!(
            out,
            "  = {}\n",
            tr!(
                "help-line",
                help = tr!("report-cannot-grade-help", id = &report.exercise_id)
            )
        )
        .unwrap();
    }
    if !report.policy.is_empty() {
        out.push_str(&tr!("report-policy-header"));
        out.push_str("\n\n");
        let package = report.source_dir.parent().unwrap_or(&report.source_dir);
        for violation in &report.policy {
            writeln!(
                out,
                "  {}:{}:{}: {} [{}]\n    {}\n    = {}\n",
                package.join(&violation.file).display(),
                violation.line,
                violation.column,
                violation.problem,
                violation.rule,
                tr!("report-policy-why", why = &violation.why),
                tr!("help-line", help = &violation.help)
            )
            .unwrap();
        }
    }
    if !report.compile_errors.is_empty() {
        out.push_str(&tr!("report-compile-errors-header"));
        out.push_str("\n\n");
        for error in &report.compile_errors {
            out.push_str(error.trim_end());
            out.push_str("\n\n");
        }
    }

    let name_width = report
        .checks
        .iter()
        .map(|c| c.name.len())
        .max()
        .unwrap_or(0);
    // The columns fit the longest word of the language, whichever checks this report has.
    let verdict_width = ALL_VERDICTS.iter().map(|id| tr_width(id)).max();
    let kind_width = CheckKind::ALL
        .iter()
        .map(|kind| kind_name(*kind).width())
        .max();
    for check in &report.checks {
        writeln!(
            out,
            "  {} {:<name_width$}  {}  {}/{}",
            pad(&verdict(check), verdict_width.unwrap_or(0)),
            check.name,
            pad(&kind_name(check.kind), kind_width.unwrap_or(0)),
            check.score(),
            check.points
        )
        .unwrap();
        if let Some(explanation) = failure_text(check) {
            writeln!(
                out,
                "            {}",
                tr!("report-why-it-matters", teaches = &check.teaches)
            )
            .unwrap();
            for line in explanation.lines() {
                writeln!(out, "            | {line}").unwrap();
            }
        }
        if let Some(record) = &check.record {
            for line in timelines.lines(&record.timeline, measures_calls(check)) {
                if line.is_empty() {
                    out.push('\n');
                } else {
                    writeln!(out, "{:CHECK_INDENT$}{line}", "").unwrap();
                }
            }
        }
        if failure_text(check).is_some() {
            let printed = last_lines(&check.output, OUTPUT_LINES);
            if !printed.is_empty() {
                writeln!(out, "            {}", tr!("report-output-header")).unwrap();
                for line in printed.lines() {
                    writeln!(out, "            > {line}").unwrap();
                }
            }
        }
    }

    let lint_is_scored = report
        .checks
        .iter()
        .any(|c| c.kind == crate::info_file::CheckKind::Lint);
    if !lint_is_scored && !report.lint.is_clean() {
        writeln!(out, "\n{}", tr!("report-lint-header")).unwrap();
        for line in report.lint.rendered.lines() {
            writeln!(out, "  {line}").unwrap();
        }
    }

    for file in &report.skipped_files {
        writeln!(
            out,
            "\n{}",
            tr!(
                "report-symlink-note",
                path = format!("{}/{file}", report.source_dir.display())
            )
        )
        .unwrap();
    }
    let edited: Vec<&str> = report
        .audit
        .changed_files
        .iter()
        .map(|c| c.path.as_str())
        .collect();
    if !edited.is_empty() {
        writeln!(
            out,
            "\n{}",
            tr!(
                "report-edited-note",
                files = edited.join(", "),
                id = &report.exercise_id
            )
        )
        .unwrap();
    }

    let verdict = if report.passed() {
        tr!("report-passed")
    } else {
        tr!("report-not-passed")
    };
    writeln!(
        out,
        "\n{}",
        tr!(
            "report-score",
            score = report.score(),
            max = report.max_score(),
            verdict = verdict
        )
    )
    .unwrap();
    if !report.passed() && report.side == Side::Starter {
        writeln!(
            out,
            "  = {}",
            tr!(
                "help-line",
                help = tr!("report-fix-help", id = &report.exercise_id)
            )
        )
        .unwrap();
    }
    out
}

/// Whether `check` is about calls (timing, bound), so the plain list of every call it made is
/// worth drawing.
fn measures_calls(check: &CheckResult) -> bool {
    matches!(
        check.kind,
        crate::info_file::CheckKind::Timing | crate::info_file::CheckKind::Bound
    )
}

/// Lines of the check's output shown under a failure.
const OUTPUT_LINES: usize = 15;

/// Every verdict's message, for the width of the verdict column.
const ALL_VERDICTS: [&str; 5] = [
    "verdict-pass",
    "verdict-fail",
    "verdict-hung",
    "verdict-missing",
    "verdict-not-built",
];

/// The width, in terminal columns, of kit's message `id` without arguments.
fn tr_width(id: &str) -> usize {
    crate::i18n::translate(id, Vec::new()).width()
}

/// `text` padded with spaces to `width` terminal columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

fn verdict(check: &CheckResult) -> String {
    match check.status {
        CheckStatus::Passed => tr!("verdict-pass"),
        CheckStatus::Failed { .. } | CheckStatus::Unreported { .. } => tr!("verdict-fail"),
        CheckStatus::Hung { .. } => tr!("verdict-hung"),
        CheckStatus::Missing => tr!("verdict-missing"),
        CheckStatus::NotCompiled | CheckStatus::NotRun { .. } => tr!("verdict-not-built"),
    }
}

/// The kind of a check in the learner's language (the JSON keeps `CheckKind::as_str`).
pub fn kind_name(kind: CheckKind) -> String {
    match kind {
        CheckKind::Timing => tr!("kind-timing"),
        CheckKind::Bound => tr!("kind-bound"),
        CheckKind::Stall => tr!("kind-stall"),
        CheckKind::Lint => tr!("kind-lint"),
        CheckKind::Behaviour => tr!("kind-behaviour"),
    }
}

/// The last `count` non-blank lines of `output`.
fn last_lines(output: &str, count: usize) -> String {
    let lines: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

/// Why a check did not pass, in words; `None` when it passed.
fn failure_text(check: &CheckResult) -> Option<String> {
    match &check.status {
        CheckStatus::Passed => None,
        CheckStatus::Failed { message } => Some(message.clone()),
        CheckStatus::Hung { limit, clock } => Some(hang_explanation(*limit, clock.as_deref())),
        CheckStatus::Unreported { reason } => Some(reason.clone()),
        CheckStatus::Missing => Some(tr!("failure-missing-test", name = &check.name)),
        CheckStatus::NotCompiled => Some(tr!("failure-not-compiled")),
        CheckStatus::NotRun { reason } => Some(reason.clone()),
    }
}

/// Why a check usually hangs, for the clock it ran on.
fn hang_explanation(limit: std::time::Duration, clock: Option<&str>) -> String {
    let killed = tr!("hang-killed", limit = seconds(limit));
    let cause = match clock {
        Some("paused") => tr!("hang-cause-paused"),
        Some("real") => tr!("hang-cause-real"),
        _ => tr!("hang-cause-other"),
    };
    format!("{killed}\n{}", tr!("hang-usually", cause = cause))
}

/// `10 s`, `1.5 s`, in the learner's language.
pub fn seconds(duration: std::time::Duration) -> String {
    crate::i18n::seconds(duration)
}

/// The GitHub Classroom autograder shape for one or more reports (`kit grade --all` puts
/// every exercise's checks in one result, named `exercise-NN/check`).
pub fn render_classroom_json(reports: &[GradeReport]) -> Value {
    let mut budget = CallBudget::default();
    let tests: Vec<Value> = reports
        .iter()
        .flat_map(|report| report.checks.iter().map(move |check| (report, check)))
        .map(|(report, check)| classroom_test(report, check, &mut budget))
        .collect();
    let all_passed = reports.iter().all(GradeReport::passed);
    let any_broken = reports.iter().any(|r| !r.compiled());
    let status = if all_passed {
        "pass"
    } else if any_broken {
        "error"
    } else {
        "fail"
    };
    json!({
        "version": 1,
        "status": status,
        "max_score": reports.iter().map(GradeReport::max_score).sum::<u32>(),
        "tests": tests,
        "audit": audit_json(reports),
    })
}

/// The teacher's view, beside the fields the Classroom reporter reads: per exercise, the
/// suppression comments in `src/` and the exercise's files that differ from kit's copy; and
/// the kit-wide files (info.toml, kit-harness, planted configuration) that differ.
fn audit_json(reports: &[GradeReport]) -> Value {
    let exercises: serde_json::Map<String, Value> = reports
        .iter()
        .map(|report| {
            (
                report.exercise_id.clone(),
                json!({
                    "suppressions": report.audit.suppressions,
                    "changed_files": report.audit.changed_files,
                }),
            )
        })
        .collect();
    let kit_files: Vec<_> = reports
        .first()
        .map(|report| report.audit.kit_files.clone())
        .unwrap_or_default();
    json!({ "exercises": exercises, "kit_files": kit_files })
}

fn classroom_test(report: &GradeReport, check: &CheckResult, budget: &mut CallBudget) -> Value {
    let status = match check.status {
        CheckStatus::Passed => "pass",
        CheckStatus::Failed { .. } | CheckStatus::Unreported { .. } => "fail",
        CheckStatus::Hung { .. }
        | CheckStatus::Missing
        | CheckStatus::NotCompiled
        | CheckStatus::NotRun { .. } => "error",
    };
    let message = match failure_text(check) {
        Some(explanation) => format!("{}\n{explanation}", check.teaches),
        None => String::new(),
    };
    json!({
        "name": format!("{}/{}", report.exercise_id, check.name),
        "status": status,
        "score": check.score(),
        "max_score": check.points,
        "message": message,
        "kind": check.kind.as_str(),
        "test_code": format!("kit grade {}", report.exercise_id),
        "filename": report.tests_file.to_string_lossy(),
        "line_no": 0,
        "timeline": check.record.as_ref().map_or_else(
            || Value::Array(Vec::new()),
            |record| {
                panels_json(
                    &crate::timeline::Panel::shown_for(&record.timeline, measures_calls(check)),
                    budget,
                )
            },
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::tests::sample_report;
    use crate::timeline::glyphs::ASCII;
    use crate::timeline::render::Look;
    use crate::timeline::words::Words;

    /// Timelines as a pipe without a UTF-8 locale shows them.
    fn plain() -> Timelines {
        Timelines {
            look: Look {
                glyphs: ASCII,
                colour: false,
                width: 80 - CHECK_INDENT,
            },
            words: Words::new(crate::i18n::Language::English),
            passed_too: false,
        }
    }

    #[test]
    fn human_report_shows_verdicts_points_and_teaching_messages() {
        let text = render_human(&sample_report(), &plain());
        assert!(
            text.starts_with(
                "exercise-01 · Ten users at once\n  graded: exercises/01-ten-users/src\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("FAIL      ten_users_take_half_a_second  timing     0/5"),
            "{text}"
        );
        assert!(text.contains("why it matters: independent calls should overlap"));
        assert!(text.contains("| 10 requests took 5.0 s of simulated time"));
        assert!(text.contains("HUNG      never_blocks"));
        assert!(text.contains("after 10 s of real time, so kit stopped it"));
        assert!(text.contains("a loop that never awaits"), "{text}");
        assert!(text.contains("PASS      every_user_is_fetched         behaviour  2/2"));
        assert!(text.contains("score: 2/10 · not passed yet"));
        assert!(text.contains("`kit hint exercise-01`"));
    }

    #[test]
    fn a_passing_report_has_no_failure_text_and_no_help() {
        let mut report = sample_report();
        for check in &mut report.checks {
            check.status = CheckStatus::Passed;
        }
        let text = render_human(&report, &plain());
        assert!(text.contains("score: 10/10 · passed"));
        assert!(!text.contains("why it matters"));
        assert!(!text.contains("help"));
    }

    #[test]
    fn columns_are_padded_to_terminal_columns_not_characters() {
        // A decomposed "ĐẠT" (combining marks take no column) and a wide script.
        assert_eq!(
            pad("\u{110}A\u{323}\u{302}T", 5),
            "\u{110}A\u{323}\u{302}T  "
        );
        assert_eq!(pad("合格", 6), "合格  ");
        assert_eq!(pad("NOT BUILT", 4), "NOT BUILT");
    }

    #[test]
    fn compile_errors_are_shown_before_the_checks() {
        let mut report = sample_report();
        report.compile_errors = vec!["error[E0425]: cannot find value `x`".into()];
        for check in &mut report.checks {
            check.status = CheckStatus::NotCompiled;
        }
        let text = render_human(&report, &plain());
        let error_at = text.find("error[E0425]").unwrap();
        assert!(error_at < text.find("NOT BUILT").unwrap());
        assert!(text.contains("does not compile"));
    }

    #[test]
    fn unscored_lint_findings_are_still_shown() {
        let mut report = sample_report();
        report.lint.findings = 1;
        report.lint.rendered = "src/lib.rs:3:5: warning[detached-spawn]: x\n".into();
        assert!(render_human(&report, &plain()).contains("asynclint also found"));
    }

    #[test]
    fn classroom_json_has_the_autograder_shape() {
        let value = render_classroom_json(&[sample_report()]);
        assert_eq!(value["version"], 1);
        assert_eq!(value["status"], "fail");
        assert_eq!(value["max_score"], 10);
        let tests = value["tests"].as_array().unwrap();
        assert_eq!(tests.len(), 3);
        assert_eq!(tests[0]["name"], "exercise-01/ten_users_take_half_a_second");
        assert_eq!(tests[0]["status"], "fail");
        assert_eq!(tests[0]["score"], 0);
        assert_eq!(tests[0]["max_score"], 5);
        assert_eq!(
            tests[0]["message"],
            "independent calls should overlap\n10 requests took 5.0 s of simulated time"
        );
        assert_eq!(
            tests[0]["filename"],
            "exercises/01-ten-users/tests/grade.rs"
        );
        assert_eq!(
            tests[1]["status"], "error",
            "a hung test is an error, not a plain failure"
        );
        assert_eq!(tests[2]["status"], "pass");
        assert_eq!(tests[2]["score"], 2);
        assert_eq!(tests[2]["message"], "");
    }

    #[test]
    fn classroom_status_is_pass_only_when_everything_passed() {
        let mut report = sample_report();
        for check in &mut report.checks {
            check.status = CheckStatus::Passed;
        }
        assert_eq!(
            render_classroom_json(std::slice::from_ref(&report))["status"],
            "pass"
        );
        let mut broken = report.clone();
        broken.compile_errors = vec!["error".into()];
        assert_eq!(render_classroom_json(&[report, broken])["status"], "error");
    }

    #[test]
    fn a_graded_solution_names_the_exercise_tests_it_ran() {
        let mut report = sample_report();
        report.side = Side::Solution;
        report.source_dir = "solutions/01-ten-users/src".into();
        let value = render_classroom_json(&[report]);
        assert_eq!(
            value["tests"][0]["filename"],
            "exercises/01-ten-users/tests/grade.rs"
        );
    }
}
