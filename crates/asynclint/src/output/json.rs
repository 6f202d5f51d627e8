//! The JSON formats. Each finding is one object with the stable fields `rule`, `severity`,
//! `path`, `line`, `column`, `end_line`, `end_column` (1-based, columns in characters),
//! `message` and `help` (string or null), plus `notes`, `labels` and `fix` (null, or a
//! description and byte-range edits). `json` writes an array, `json-lines` one object per line.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::{Diagnostic, Report};

/// The JSON object for one finding (shared with the SARIF writer's tests and with `kit`).
pub fn diagnostic_json(d: &Diagnostic) -> Value {
    json!({
        "rule": d.rule,
        "severity": d.severity.as_str(),
        "path": d.path.display().to_string(),
        "line": d.span.start.line,
        "column": d.span.start.column,
        "end_line": d.span.end.line,
        "end_column": d.span.end.column,
        "message": d.message,
        "help": d.help,
        "notes": d.notes,
        "labels": d.labels.iter().map(|label| json!({
            "message": label.message,
            "line": label.span.start.line,
            "column": label.span.start.column,
            "end_line": label.span.end.line,
            "end_column": label.span.end.column,
        })).collect::<Vec<_>>(),
        "fix": d.fix.as_ref().map(|fix| json!({
            "description": fix.description,
            "edits": fix.edits.iter().map(|edit| json!({
                "start": edit.start,
                "end": edit.end,
                "replacement": edit.replacement,
            })).collect::<Vec<_>>(),
        })),
    })
}

pub(super) fn render_array(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let all: Vec<Value> = report.diagnostics.iter().map(diagnostic_json).collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

pub(super) fn render_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        serde_json::to_writer(&mut *out, &diagnostic_json(d))?;
        writeln!(out)?;
    }
    Ok(())
}
