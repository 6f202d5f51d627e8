//! The JSON formats. Each finding is one object with the stable fields `rule`, `severity`,
//! `path`, `line`, `column`, `end_line`, `end_column` (1-based, columns in characters),
//! `message` and `help` (string or null), plus `notes`, `labels` and `fix` (null, or a
//! description and byte-range edits). `json` writes an array, `json-lines` one object per line.

use std::io::{self, Write};

use serde::Serialize;

use crate::{Diagnostic, Report};

/// One finding as written to JSON; the field order is part of the contract's readability.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'a str,
    severity: &'static str,
    path: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
    help: Option<&'a str>,
    notes: &'a [String],
    labels: Vec<JsonLabel<'a>>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    message: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    description: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

fn to_json(d: &Diagnostic) -> JsonDiagnostic<'_> {
    JsonDiagnostic {
        rule: &d.rule,
        severity: d.severity.as_str(),
        path: d.path.display().to_string(),
        line: d.span.start.line,
        column: d.span.start.column,
        end_line: d.span.end.line,
        end_column: d.span.end.column,
        message: &d.message,
        help: d.help.as_deref(),
        notes: &d.notes,
        labels: d
            .labels
            .iter()
            .map(|label| JsonLabel {
                message: &label.message,
                line: label.span.start.line,
                column: label.span.start.column,
                end_line: label.span.end.line,
                end_column: label.span.end.column,
            })
            .collect(),
        fix: d.fix.as_ref().map(|fix| JsonFix {
            description: &fix.description,
            edits: fix
                .edits
                .iter()
                .map(|edit| JsonEdit {
                    start: edit.start,
                    end: edit.end,
                    replacement: &edit.replacement,
                })
                .collect(),
        }),
    }
}

pub(super) fn render_array(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let all: Vec<JsonDiagnostic> = report.diagnostics.iter().map(to_json).collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

pub(super) fn render_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        serde_json::to_writer(&mut *out, &to_json(d))?;
        writeln!(out)?;
    }
    Ok(())
}
