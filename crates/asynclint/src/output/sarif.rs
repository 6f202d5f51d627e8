//! The SARIF 2.1.0 format, for GitHub code scanning and other SARIF viewers. Rule metadata
//! (short and full description, help in markdown, default level) comes from the same rule docs
//! that `asynclint explain` prints; results carry their region (columns in Unicode code points),
//! secondary labels as related locations, and certain fixes as byte-range replacements.

use std::io::{self, Write};
use std::path::Path;

use serde_json::{Value, json};

use crate::pseudo_rules;
use crate::rules::RuleInfo;
use crate::{Diagnostic, Report, Severity, Span};

/// The URI of the SARIF 2.1.0 schema this writer targets.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif_log(report))?;
    writeln!(out)
}

fn sarif_log(report: &Report) -> Value {
    let rules: Vec<&RuleInfo> = pseudo_rules::everything().collect();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| result(d, rules.iter().position(|rule| rule.name == d.rule)))
        .collect();
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "asynclint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules.iter().map(|rule| rule_metadata(rule)).collect::<Vec<_>>(),
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

fn rule_metadata(rule: &RuleInfo) -> Value {
    json!({
        "id": rule.name,
        "name": pascal_case(rule.name),
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": section(rule.docs, "What it does").unwrap_or(rule.summary) },
        "help": { "text": rule.docs, "markdown": rule.docs },
        "defaultConfiguration": {
            "level": level(rule.default_severity),
            "enabled": !crate::rules::allow_by_default(rule.name),
        },
    })
}

fn result(d: &Diagnostic, rule_index: Option<usize>) -> Value {
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let uri = file_uri(&d.path);
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [location(&uri, d.span, None)],
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    if !d.labels.is_empty() {
        result["relatedLocations"] = d
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| {
                let mut related = location(&uri, label.span, Some(&label.message));
                related["id"] = json!(id);
                related
            })
            .collect();
    }
    if let Some(fix) = &d.fix {
        result["fixes"] = json!([{
            "description": { "text": fix.description },
            "artifactChanges": [{
                "artifactLocation": artifact(&uri),
                "replacements": fix.edits.iter().map(|edit| json!({
                    "deletedRegion": {
                        "byteOffset": edit.start,
                        "byteLength": edit.end.saturating_sub(edit.start),
                    },
                    "insertedContent": { "text": edit.replacement },
                })).collect::<Vec<_>>(),
            }],
        }]);
    }
    result
}

fn location(uri: &str, span: Span, message: Option<&str>) -> Value {
    let start_line = span.start.line.max(1);
    let start_column = span.start.column.max(1);
    let (end_line, end_column) = if (span.end.line, span.end.column) >= (start_line, start_column) {
        (span.end.line, span.end.column)
    } else {
        (start_line, start_column)
    };
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": artifact(uri),
            "region": {
                "startLine": start_line,
                "startColumn": start_column,
                "endLine": end_line,
                "endColumn": end_column,
            }
        }
    });
    if let Some(message) = message {
        location["message"] = json!({ "text": message });
    }
    location
}

fn artifact(uri: &str) -> Value {
    if uri.starts_with("file://") {
        json!({ "uri": uri })
    } else {
        json!({ "uri": uri, "uriBaseId": "%SRCROOT%" })
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A relative path becomes a relative URI reference (resolved against the checkout root by
/// code scanning); an absolute one a `file://` URI.
fn file_uri(path: &Path) -> String {
    let text = path.display().to_string().replace('\\', "/");
    let encoded: String = text
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect();
    if path.is_absolute() {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// The text of a `## title` section of rule docs, without its heading.
fn section<'a>(docs: &'a str, title: &str) -> Option<&'a str> {
    let heading = format!("## {title}");
    let start = docs.find(&heading)? + heading.len();
    let rest = &docs[start..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    Some(rest[..end].trim())
}

fn pascal_case(name: &str) -> String {
    name.split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_references_or_file_uris() {
        assert_eq!(file_uri(Path::new("src/my file.rs")), "src/my%20file.rs");
        assert_eq!(file_uri(Path::new("/tmp/a.rs")), "file:///tmp/a.rs");
    }

    #[test]
    fn sections_and_names() {
        let docs = "## What it does\nFinds x.\n\n## Why is this bad?\nBecause.\n";
        assert_eq!(section(docs, "What it does"), Some("Finds x."));
        assert_eq!(section(docs, "Why is this bad?"), Some("Because."));
        assert_eq!(pascal_case("blocking-in-async"), "BlockingInAsync");
    }
}
