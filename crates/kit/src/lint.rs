//! The lint check: runs asynclint's library (in-process) on the grading copy of an exercise's
//! `src/`, with kit's own configuration passed explicitly (asynclint would otherwise walk up
//! and find an `asynclint.toml` or Cargo.toml metadata the learner planted), on an explicit
//! list of files (so no `.gitignore` or `.ignore` in `src/` hides one), and renders its
//! findings for the grade report, with an exercise's own help where the generic one misleads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use asynclint::{CheckOptions, Diagnostic, Report, Severity, output};

use crate::error::{KitError, KitResult};

/// What asynclint found in one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintOutcome {
    /// Findings at warning or error level: any of them fails the lint check.
    pub findings: usize,
    /// The findings rendered for a terminal, empty when clean.
    pub rendered: String,
}

impl LintOutcome {
    pub fn is_clean(&self) -> bool {
        self.findings == 0
    }
}

/// Lints the Rust files of the `src` folder of the package in `package_dir`, with the config
/// file `config`. Paths in the rendering are relative to `root` (the grading workspace, whose
/// layout mirrors the kit's) so they read like the learner's own files. `help` replaces
/// asynclint's help per rule.
pub fn lint_sources(
    package_dir: &Path,
    root: &Path,
    config: &Path,
    help: &BTreeMap<String, String>,
) -> KitResult<LintOutcome> {
    let mut files = Vec::new();
    rust_files(&package_dir.join("src"), &mut files);
    if files.is_empty() {
        return Ok(LintOutcome {
            findings: 0,
            rendered: String::new(),
        });
    }
    let options = CheckOptions {
        paths: files,
        config_file: Some(config.to_path_buf()),
        ..CheckOptions::default()
    };
    let mut report = asynclint::check(&options).map_err(|e| {
        KitError::new(crate::tr!(
            "error-lint-failed",
            path = package_dir.display().to_string(),
            error = e.to_string()
        ))
    })?;
    for diagnostic in &mut report.diagnostics {
        if let Some(text) = help.get(&diagnostic.rule) {
            diagnostic.help = Some(text.trim().to_string());
        }
    }
    Ok(LintOutcome {
        findings: report
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .count(),
        rendered: render_findings(&report, root),
    })
}

/// The findings in asynclint's own human format (rustc-like, with the source lines), with
/// paths made relative to `root`. Empty when there is no finding at warning level or above.
pub fn render_findings(report: &Report, root: &Path) -> String {
    let findings: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .cloned()
        .map(|mut d| {
            d.path = relative_to(&d.path, root);
            d
        })
        .collect();
    if findings.is_empty() {
        return String::new();
    }
    let relative = Report {
        diagnostics: findings,
        sources: report
            .sources
            .iter()
            .map(|(path, text)| (relative_to(path, root), text.clone()))
            .collect(),
        ..report.clone()
    };
    let mut rendered = Vec::new();
    match output::render(&relative, output::Format::Human, &mut rendered, false) {
        Ok(()) => without_summary(&String::from_utf8_lossy(&rendered), &relative),
        Err(error) => format!("asynclint's findings could not be rendered: {error}\n"),
    }
}

/// Drops asynclint's closing summary line: it holds a timing in ms, which would make two
/// grades of the same code print differently, and the report has its own total.
fn without_summary(rendered: &str, report: &Report) -> String {
    let summary = output::summary(report);
    let kept: Vec<&str> = rendered
        .lines()
        .filter(|line| line.trim() != summary.trim())
        .collect();
    format!("{}\n", kept.join("\n").trim_end())
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn relative_to(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;
    use asynclint::{Position, Span};
    use std::sync::Arc;

    fn diagnostic(severity: Severity, help: Option<&str>) -> Diagnostic {
        Diagnostic {
            rule: "blocking-in-async".into(),
            severity,
            path: "/kit/exercises/08-x/src/lib.rs".into(),
            span: Span {
                start: Position {
                    line: 7,
                    column: 9,
                    offset: 120,
                },
                end: Position::default(),
            },
            message: "`std::thread::sleep` blocks the runtime".into(),
            help: help.map(str::to_string),
            labels: vec![],
            notes: vec![],
            fix: None,
        }
    }

    #[test]
    fn renders_with_relative_paths_rule_message_and_help() {
        let report = Report {
            diagnostics: vec![diagnostic(
                Severity::Warning,
                Some("use `tokio::time::sleep(..).await`"),
            )],
            sources: [(
                PathBuf::from("/kit/exercises/08-x/src/lib.rs"),
                Arc::from("x\n".repeat(6) + "        std::thread::sleep(d);\n"),
            )]
            .into(),
            ..Report::default()
        };
        let text = render_findings(&report, Path::new("/kit"));
        assert!(
            text.contains("warning[blocking-in-async]: `std::thread::sleep` blocks the runtime"),
            "{text}"
        );
        assert!(text.contains("exercises/08-x/src/lib.rs:7:9"), "{text}");
        assert!(
            !text.contains("/kit/"),
            "paths are relative to the kit root: {text}"
        );
        assert!(
            text.contains("help: use `tokio::time::sleep(..).await`"),
            "{text}"
        );
        assert!(
            !text.contains("checked in"),
            "no summary line with a timing: {text}"
        );
    }

    #[test]
    fn notes_are_not_findings() {
        let report = Report {
            diagnostics: vec![diagnostic(Severity::Note, None)],
            ..Report::default()
        };
        assert_eq!(render_findings(&report, Path::new("/kit")), "");
    }
}
