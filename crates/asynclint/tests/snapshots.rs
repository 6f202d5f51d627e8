//! Snapshots of the rendered output for a fixed report: the human format (what a developer
//! reads) and the JSON contract (what tools parse). A change to either shows up as a diff here.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use asynclint::output::{self, Format};
use asynclint::{Diagnostic, Edit, Fix, Label, Position, Report, Severity, Span};

const SOURCE: &str = "use std::time::Duration;

async fn refresh(cache: &Cache) {
    std::thread::sleep(Duration::from_secs(1));
    tokio::spawn(cache.warm());
}
";

fn span_of(needle: &str) -> Span {
    let start = SOURCE.find(needle).expect("needle in source");
    let position = |offset: usize| {
        let before = &SOURCE[..offset];
        let line = before.matches('\n').count() + 1;
        let column = offset - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        Position {
            line,
            column,
            offset,
        }
    };
    Span {
        start: position(start),
        end: position(start + needle.len()),
    }
}

fn report() -> Report {
    let path = PathBuf::from("src/cache.rs");
    let sleep = "std::thread::sleep(Duration::from_secs(1))";
    let enclosing = Label {
        span: span_of("async fn refresh(cache: &Cache)"),
        message: "this async fn runs on a runtime worker thread".to_string(),
    };
    let sleep_span = span_of(sleep);
    let blocking = Diagnostic {
        rule: "blocking-in-async".to_string(),
        severity: Severity::Warning,
        path: path.clone(),
        span: sleep_span,
        message: "`std::thread::sleep` blocks the runtime thread inside an async fn".to_string(),
        help: Some("use `tokio::time::sleep(..).await`, which yields while it waits".to_string()),
        labels: vec![enclosing.clone()],
        notes: vec!["every other task on this worker waits as long as the sleep".to_string()],
        fix: Some(Fix {
            description: "use `tokio::time::sleep(..).await`".to_string(),
            edits: vec![
                Edit {
                    start: sleep_span.start.offset,
                    end: sleep_span.start.offset + "std::thread::sleep".len(),
                    replacement: "tokio::time::sleep".to_string(),
                },
                Edit {
                    start: sleep_span.end.offset,
                    end: sleep_span.end.offset,
                    replacement: ".await".to_string(),
                },
            ],
        }),
    };
    let detached = Diagnostic {
        rule: "detached-spawn".to_string(),
        severity: Severity::Error,
        path: path.clone(),
        span: span_of("tokio::spawn(cache.warm())"),
        message: "the JoinHandle of this spawned task is dropped".to_string(),
        help: Some("keep the handle and await it, or spawn on a JoinSet".to_string()),
        labels: vec![enclosing],
        notes: vec![],
        fix: None,
    };
    Report {
        diagnostics: vec![blocking, detached],
        files_checked: 41,
        files_skipped: 0,
        elapsed: Duration::from_millis(12),
        sources: [(path, Arc::from(SOURCE))].into(),
    }
}

fn rendered(format: Format) -> String {
    let mut out = Vec::new();
    output::render(&report(), format, &mut out, false).expect("render");
    String::from_utf8(out).expect("utf-8 output")
}

#[test]
fn human_output() {
    insta::assert_snapshot!(rendered(Format::Human));
}

#[test]
fn json_output() {
    insta::assert_snapshot!(rendered(Format::Json));
}

#[test]
fn concise_output() {
    insta::assert_snapshot!(rendered(Format::Concise));
}

#[test]
fn colour_is_only_added_when_asked() {
    let mut coloured = Vec::new();
    output::render(&report(), Format::Human, &mut coloured, true).unwrap();
    let coloured = String::from_utf8(coloured).unwrap();
    assert!(coloured.contains("\u{1b}["));
    assert!(!rendered(Format::Human).contains('\u{1b}'));
}

#[test]
fn summary_counts_errors_warnings_and_files() {
    assert_eq!(
        output::summary(&report()),
        "1 error and 1 warning in 1 file (41 files checked in 12 ms)"
    );
    let clean = Report {
        files_checked: 1,
        ..Report::default()
    };
    assert_eq!(
        output::summary(&clean),
        "no findings (1 file checked in 0 ms)"
    );
    let with_skipped = Report {
        files_checked: 3,
        files_skipped: 2,
        ..Report::default()
    };
    assert_eq!(
        output::summary(&with_skipped),
        "no findings (3 files checked in 0 ms; 2 skipped: test code or outside the module tree)"
    );
}
