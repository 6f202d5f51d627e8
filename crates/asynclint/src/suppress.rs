//! Suppression comments: `// asynclint: allow(rule-name) -- reason` silences a finding on the
//! same line (trailing comment) or on the code line below (a comment line of its own, possibly
//! followed by more comment lines); `//! asynclint: allow(rule-name)` silences a rule in the
//! whole file. Several rules may be listed, separated by commas. When asked, suppressions that
//! silence nothing are reported as `unused-suppression` findings, so stale ones do not pile up.

use std::path::Path;

use crate::{Diagnostic, Position, Severity, Span};

/// The rule name under which unused suppressions are reported.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// Where a suppression applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Findings starting on this 1-based line.
    Line(usize),
    /// Every finding in the file.
    File,
}

/// One rule named in one suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub rule: String,
    pub scope: Scope,
    /// Where the rule name is written, for the unused-suppression finding.
    pub span: Span,
}

/// Find every suppression comment in `text`.
pub fn parse(text: &str) -> Vec<Suppression> {
    let lines: Vec<(usize, &str)> = line_starts(text);
    let mut found = Vec::new();
    for (index, &(line_offset, line)) in lines.iter().enumerate() {
        let Some(comment_at) = find_directive_comment(line) else {
            continue;
        };
        let comment = &line[comment_at..];
        let is_file_scope = comment.starts_with("//!");
        let body = comment.trim_start_matches("//!").trim_start_matches("//");
        let Some(list) = directive_rule_list(body) else {
            continue;
        };
        let list_offset = comment_at + (comment.len() - body.len()) + list.offset;
        let own_line = line[..comment_at].trim().is_empty();
        let scope = if is_file_scope {
            Scope::File
        } else if own_line {
            Scope::Line(next_code_line(&lines, index))
        } else {
            Scope::Line(index + 1)
        };
        for (name_start, name) in list.names {
            let start = line_offset + list_offset + name_start;
            let column = line[..list_offset + name_start].chars().count() + 1;
            found.push(Suppression {
                rule: name.to_string(),
                scope,
                span: Span {
                    start: Position {
                        line: index + 1,
                        column,
                        offset: start,
                    },
                    end: Position {
                        line: index + 1,
                        column: column + name.chars().count(),
                        offset: start + name.len(),
                    },
                },
            });
        }
    }
    found
}

/// Remove the findings of one file that a suppression covers; when `report_unused` is set, add
/// an `unused-suppression` finding for each suppression that covered nothing.
pub fn apply(
    path: &Path,
    text: &str,
    diagnostics: Vec<Diagnostic>,
    report_unused: bool,
) -> Vec<Diagnostic> {
    if !text.contains("asynclint:") {
        return diagnostics;
    }
    let suppressions = parse(text);
    let mut used = vec![false; suppressions.len()];
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let mut suppressed = false;
            for (index, suppression) in suppressions.iter().enumerate() {
                let applies = suppression.rule == diagnostic.rule
                    && match suppression.scope {
                        Scope::File => true,
                        Scope::Line(line) => line == diagnostic.span.start.line,
                    };
                if applies {
                    used[index] = true;
                    suppressed = true;
                }
            }
            !suppressed
        })
        .collect();
    if report_unused {
        for (suppression, used) in suppressions.iter().zip(used) {
            if !used {
                kept.push(unused(path, suppression));
            }
        }
    }
    kept
}

fn unused(path: &Path, suppression: &Suppression) -> Diagnostic {
    let known = crate::rules::find(&suppression.rule).is_some()
        || crate::pseudo_rules::find(&suppression.rule).is_some();
    let (message, help) = if known {
        let place = match suppression.scope {
            Scope::File => "in this file".to_string(),
            Scope::Line(line) => format!("on line {line}"),
        };
        (
            format!(
                "unused suppression: no `{}` finding {place}",
                suppression.rule
            ),
            "remove it, or move it onto the line of the finding or the line just above",
        )
    } else {
        (
            format!("unused suppression: `{}` is not a rule", suppression.rule),
            "fix the rule name (`asynclint rules` lists them) or remove the suppression",
        )
    };
    Diagnostic {
        rule: UNUSED_SUPPRESSION.to_string(),
        severity: Severity::Warning,
        path: path.to_path_buf(),
        span: suppression.span,
        message,
        help: Some(help.to_string()),
        labels: Vec::new(),
        notes: Vec::new(),
        fix: None,
    }
}

/// Every line with the byte offset where it starts, without its line terminator.
fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n').trim_end_matches('\r');
        lines.push((offset, content));
        offset += line.len();
    }
    lines
}

/// The byte index of a `//` or `//!` comment carrying an asynclint directive (not `///`).
fn find_directive_comment(line: &str) -> Option<usize> {
    let directive = line.find("asynclint:")?;
    let comment_at = line[..directive].rfind("//")?;
    let between = &line[comment_at + 2..directive];
    let between = between.strip_prefix('!').unwrap_or(between);
    if !between.trim().is_empty() {
        return None;
    }
    // `///` is documentation, not a directive; its `//` match starts one slash later.
    if comment_at > 0 && line.as_bytes()[comment_at - 1] == b'/' {
        return None;
    }
    Some(comment_at)
}

/// The names in `asynclint: allow(a, b)`, with their byte offsets relative to `list.offset`.
struct RuleList<'a> {
    offset: usize,
    names: Vec<(usize, &'a str)>,
}

fn directive_rule_list(body: &str) -> Option<RuleList<'_>> {
    let after_key = body.trim_start().strip_prefix("asynclint:")?;
    let after_allow = after_key.trim_start().strip_prefix("allow")?;
    let inside = after_allow.trim_start().strip_prefix('(')?;
    let close = inside.find(')')?;
    let offset = body.len() - inside.len();
    let mut names = Vec::new();
    let mut cursor = 0;
    for part in inside[..close].split(',') {
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            let lead = part.len() - part.trim_start().len();
            names.push((cursor + lead, trimmed));
        }
        cursor += part.len() + 1;
    }
    Some(RuleList { offset, names })
}

/// The 1-based number of the first line after `index` that is not a comment-only line.
fn next_code_line(lines: &[(usize, &str)], index: usize) -> usize {
    lines
        .iter()
        .enumerate()
        .skip(index + 1)
        .find(|(_, (_, line))| !line.trim_start().starts_with("//"))
        .map_or(index + 2, |(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, line: usize) -> Diagnostic {
        let position = Position {
            line,
            column: 5,
            offset: 0,
        };
        Diagnostic {
            rule: rule.to_string(),
            severity: Severity::Warning,
            path: "src/lib.rs".into(),
            span: Span {
                start: position,
                end: position,
            },
            message: "m".into(),
            help: None,
            labels: vec![],
            notes: vec![],
            fix: None,
        }
    }

    fn rules_left(text: &str, found: Vec<Diagnostic>, report_unused: bool) -> Vec<(String, usize)> {
        apply(Path::new("src/lib.rs"), text, found, report_unused)
            .into_iter()
            .map(|d| (d.rule, d.span.start.line))
            .collect()
    }

    #[test]
    fn trailing_comment_suppresses_its_own_line_only() {
        let text =
            "a\n    tokio::spawn(x); // asynclint: allow(detached-spawn) -- shutdown waits\nb\n";
        let left = rules_left(
            text,
            vec![finding("detached-spawn", 2), finding("detached-spawn", 3)],
            false,
        );
        assert_eq!(left, [("detached-spawn".to_string(), 3)]);
    }

    #[test]
    fn comment_line_suppresses_the_next_code_line_through_more_comments() {
        let text = "// asynclint: allow(blocking-in-async, detached-spawn) -- startup\n// more words\ncall();\n";
        let left = rules_left(
            text,
            vec![
                finding("blocking-in-async", 3),
                finding("unawaited-future", 3),
            ],
            false,
        );
        assert_eq!(left, [("unawaited-future".to_string(), 3)]);
    }

    #[test]
    fn file_scope_suppresses_everywhere() {
        let text = "//! asynclint: allow(detached-spawn)\nfn a() {}\n";
        let left = rules_left(
            text,
            vec![finding("detached-spawn", 2), finding("detached-spawn", 40)],
            false,
        );
        assert!(left.is_empty());
    }

    #[test]
    fn doc_comments_and_plain_mentions_are_not_directives() {
        let text =
            "/// asynclint: allow(detached-spawn)\nx(); // see asynclint: allow(detached-spawn)\n";
        assert!(parse(text).is_empty());
    }

    #[test]
    fn unused_and_unknown_suppressions_are_reported_at_the_rule_name() {
        let text = "x(); // asynclint: allow(detached-spawn, no-such-rule)\n";
        let left = apply(Path::new("src/lib.rs"), text, vec![], true);
        assert_eq!(left.len(), 2);
        assert_eq!(left[0].rule, UNUSED_SUPPRESSION);
        assert_eq!(left[0].span.start.column, 26);
        assert_eq!(
            &text[left[0].span.start.offset..left[0].span.end.offset],
            "detached-spawn"
        );
        assert!(left[1].message.contains("`no-such-rule` is not a rule"));
        assert_eq!(
            &text[left[1].span.start.offset..left[1].span.end.offset],
            "no-such-rule"
        );
        // Not reported unless asked.
        assert!(apply(Path::new("src/lib.rs"), text, vec![], false).is_empty());
    }
}
