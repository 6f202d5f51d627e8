//! Rendering a [`Report`] for people and for tools. One entry point, [`render`], takes the
//! format; each format lives in its own module: `human` (rustc-like, via codespan-reporting),
//! `concise` (`path:line:col: warning[rule]: message`, for editors' problem matchers), `json`
//! and `json-lines` (a stable field contract), `sarif` (2.1.0, for code scanning) and `github`
//! (workflow annotations). `kit` uses [`render`] with [`Format::Human`] to show lint findings.

mod concise;
mod github;
mod human;
mod json;
mod sarif;

use std::io::{self, Write};

use crate::{Report, Severity};

/// An output format of `asynclint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// rustc-like diagnostics with source snippets, then a summary line
    #[default]
    Human,
    /// one line per finding: `path:line:col: severity[rule]: message`
    Concise,
    /// a JSON array of findings
    Json,
    /// one JSON object per line
    JsonLines,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// GitHub Actions workflow annotations
    Github,
}

/// Write `report` to `out` in `format`. `color` only affects the human format (pass true only
/// when `out` is a terminal and NO_COLOR is not set).
pub fn render(report: &Report, format: Format, out: &mut dyn Write, color: bool) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, out, color),
        Format::Concise => concise::render(report, out),
        Format::Json => json::render_array(report, out),
        Format::JsonLines => json::render_lines(report, out),
        Format::Sarif => sarif::render(report, out),
        Format::Github => github::render(report, out),
    }
}

/// The closing line of the human formats: `1 error and 3 warnings in 2 files (41 files checked
/// in 12 ms)`, or `no findings (41 files checked in 12 ms)`. Files left out as test code or
/// outside the module tree are counted after the time: `(41 files checked in 12 ms; 3 skipped:
/// test code or outside the module tree)`.
pub fn summary(report: &Report) -> String {
    let count = |severity: Severity| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let mut parts = Vec::new();
    for (severity, singular) in [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Note, "note"),
    ] {
        let n = count(severity);
        if n > 0 {
            parts.push(plural(n, singular));
        }
    }
    let mut checked = format!(
        "{} checked in {} ms",
        plural(report.files_checked, "file"),
        report.elapsed.as_millis()
    );
    if report.files_skipped > 0 {
        checked.push_str(&format!(
            "; {} skipped: test code or outside the module tree",
            report.files_skipped
        ));
    }
    if parts.is_empty() {
        return format!("no findings ({checked})");
    }
    let files_with_findings = report
        .diagnostics
        .iter()
        .map(|d| &d.path)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let listed = match parts.len() {
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{} and {last}", parts.join(", "))
        }
    };
    format!(
        "{listed} in {} ({checked})",
        plural(files_with_findings, "file")
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
