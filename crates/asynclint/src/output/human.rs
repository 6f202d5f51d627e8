//! The human format: rustc-like diagnostics rendered by codespan-reporting (header with the
//! rule as the code, the source line with the primary label on the offending expression,
//! secondary labels, `= note:` and `= help:` lines), followed by the summary line.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{
    Diagnostic as Rendered, Label as RenderedLabel, Severity as Level,
};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor::Ansi};

use crate::{Diagnostic, Report, Severity, Span};

pub(super) fn render(report: &Report, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let mut files = SimpleFiles::new();
    let mut file_ids = std::collections::BTreeMap::new();
    for (path, text) in &report.sources {
        let id = files.add(path.display().to_string(), text.clone());
        file_ids.insert(path.clone(), id);
    }
    let config = Config::default();
    for diagnostic in &report.diagnostics {
        let source = report.sources.get(&diagnostic.path);
        let file_id = file_ids.get(&diagnostic.path).copied();
        let rendered = to_rendered(diagnostic, file_id, source.map(|s| s.as_ref()));
        let result = if color {
            term::emit_to_write_style(&mut Ansi::new(&mut *out), &config, &files, &rendered)
        } else {
            term::emit_to_io_write(&mut *out, &config, &files, &rendered)
        };
        result.map_err(|err| match err {
            codespan_reporting::files::Error::Io(err) => err,
            other => io::Error::other(other.to_string()),
        })?;
    }
    writeln!(out, "{}", super::summary(report))
}

fn to_rendered(
    diagnostic: &Diagnostic,
    file_id: Option<usize>,
    source: Option<&str>,
) -> Rendered<usize> {
    let level = match diagnostic.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    };
    let mut labels = Vec::new();
    if let (Some(id), Some(source)) = (file_id, source) {
        if let Some(range) = byte_range(diagnostic.span, source) {
            labels.push(RenderedLabel::primary(id, range));
        }
        for label in &diagnostic.labels {
            if let Some(range) = byte_range(label.span, source) {
                labels.push(RenderedLabel::secondary(id, range).with_message(&label.message));
            }
        }
    }
    let mut notes: Vec<String> = Vec::new();
    if labels.is_empty() {
        // Without a snippet, say where the finding is the way the snippet header would.
        notes.push(format!(
            "at {}:{}:{}",
            diagnostic.path.display(),
            diagnostic.span.start.line,
            diagnostic.span.start.column
        ));
    }
    notes.extend(diagnostic.notes.iter().map(|note| format!("note: {note}")));
    if let Some(help) = &diagnostic.help {
        notes.push(format!("help: {help}"));
    }
    if let Some(fix) = &diagnostic.fix {
        notes.push(format!(
            "fix: {} (`asynclint check --fix` applies it)",
            fix.description
        ));
    }
    Rendered::new(level)
        .with_code(&diagnostic.rule)
        .with_message(&diagnostic.message)
        .with_labels(labels)
        .with_notes(notes)
}

/// The span's byte range when it fits the source; spans of unreadable files do not.
fn byte_range(span: Span, source: &str) -> Option<std::ops::Range<usize>> {
    let (start, end) = (span.start.offset, span.end.offset.max(span.start.offset));
    let fits =
        end <= source.len() && source.is_char_boundary(start) && source.is_char_boundary(end);
    (fits && !source.is_empty()).then_some(start..end)
}
