//! Runs every rule fixture under `lints/<rule-name>/` (plus `lints/syntax-error/`,
//! `lints/bad-input/`, `lints/test-code/`, `lints/module-tree/` and the demo crate) through the
//! engine and fails on any missing or extra diagnostic, printing `file:line` with the expected
//! rule, the finding and the source line. A subfolder with an `asynclint.toml` (such as
//! `all-targets/`) runs with that config. Meta-tests keep the fixtures honest: every rule has a
//! folder, every marker names a rule.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use asynclint::Diagnostic;
use asynclint::engine::{AnalysisOptions, CrateInput, Edition, SourceFile, check_crate};
use common::{
    FixtureCrate, MarkerKind, compare_with_markers, crate_markers, describe, discover_crates,
    display_path, known_names, lints_dir, unparseable_files,
};

/// Checks every crate of `lints/<folder>/` against its markers; panics with one report.
fn check_fixture_folder(folder: &str) {
    let dir = lints_dir().join(folder);
    let crates = discover_crates(&dir);
    assert!(!crates.is_empty(), "no fixtures in {}", display_path(&dir));
    let mut failures = String::new();
    let mut expected_total = 0;
    for krate in &crates {
        let markers = crate_markers(krate).unwrap_or_else(|problem| panic!("{problem}"));
        expected_total += markers
            .iter()
            .filter(|m| m.kind == MarkerKind::Expect)
            .count();
        let findings = krate.check();
        if let Some(report) = compare_with_markers(krate, &markers, &findings) {
            failures.push_str(&format!("{}:\n{report}", krate.name()));
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures in lints/{folder}/ disagree with the engine ({} crates, {expected_total} expected \
         findings):\n{failures}",
        crates.len()
    );
}

#[test]
fn blocking_in_async_fixtures() {
    check_fixture_folder("blocking-in-async");
}

#[test]
fn unawaited_future_fixtures() {
    check_fixture_folder("unawaited-future");
}

#[test]
fn detached_spawn_fixtures() {
    check_fixture_folder("detached-spawn");
}

#[test]
fn untracked_spawn_fixtures() {
    check_fixture_folder("untracked-spawn");
}

#[test]
fn block_on_in_async_fixtures() {
    check_fixture_folder("block-on-in-async");
}

#[test]
fn lock_across_await_fixtures() {
    check_fixture_folder("lock-across-await");
}

#[test]
fn unbounded_gather_fixtures() {
    check_fixture_folder("unbounded-gather");
}

#[test]
fn syntax_error_fixtures() {
    check_fixture_folder("syntax-error");
}

#[test]
fn bad_input_fixtures() {
    check_fixture_folder("bad-input");
}

#[test]
fn test_code_fixtures() {
    check_fixture_folder("test-code");
}

#[test]
fn module_tree_fixtures() {
    check_fixture_folder("module-tree");
}

/// The fixtures must be valid Rust for syn (except the syntax-error cases), so that they test
/// the rules and not the parser.
#[test]
fn fixture_files_parse() {
    let syntax_error_dir = lints_dir().join("syntax-error");
    let broken = unparseable_files(&all_fixture_crates(), |path| {
        path.starts_with(&syntax_error_dir)
    });
    assert!(
        broken.is_empty(),
        "fixture files that do not parse:\n{}",
        broken.join("\n")
    );
}

/// Folders of `lints/` that hold no fixtures: `real-apps/` lays out other people's code (it
/// carries no markers and need not parse) for measuring, not for testing.
const NOT_FIXTURES: &[&str] = &["real-apps"];

/// Every fixture crate in the repository, for the meta-tests.
fn all_fixture_crates() -> Vec<FixtureCrate> {
    let mut crates = Vec::new();
    for entry in std::fs::read_dir(lints_dir()).expect("lints/ exists") {
        let path = entry.expect("directory entry").path();
        let is_fixture_dir = path
            .file_name()
            .is_some_and(|name| !NOT_FIXTURES.iter().any(|skip| name == *skip));
        if path.is_dir() && is_fixture_dir {
            crates.extend(discover_crates(&path));
        }
    }
    crates
}

#[test]
fn every_rule_has_a_fixture_folder_with_positives_and_negatives() {
    let rules = asynclint::rules::all();
    assert!(!rules.is_empty(), "asynclint::rules::all() lists no rules");
    let mut problems = Vec::new();
    for rule in rules {
        let dir = lints_dir().join(rule.name);
        if !dir.is_dir() {
            problems.push(format!(
                "rule {} has no fixture folder lints/{}/",
                rule.name, rule.name
            ));
            continue;
        }
        let markers: Vec<_> = discover_crates(&dir)
            .iter()
            .flat_map(|krate| crate_markers(krate).unwrap_or_else(|problem| panic!("{problem}")))
            .filter(|marker| marker.rule == rule.name)
            .collect();
        for kind in [MarkerKind::Expect, MarkerKind::Ok] {
            if !markers.iter().any(|marker| marker.kind == kind) {
                problems.push(format!(
                    "lints/{}/ has no {kind:?} marker for it",
                    rule.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_marker_names_a_known_rule() {
    let known = known_names();
    // A blind round is written from a specification, often before the engine has its new
    // rules, and is never edited afterwards: its labels are scored (a rule the engine lacks is
    // all misses), not held to today's rule list.
    let blind_rounds = lints_dir().join("corpus/blind");
    // rule name -> (uses, first place it is used)
    let mut unknown: std::collections::BTreeMap<String, (usize, String)> = Default::default();
    for krate in all_fixture_crates() {
        if krate.input.root.starts_with(&blind_rounds) {
            continue;
        }
        for marker in crate_markers(&krate).unwrap_or_else(|problem| panic!("{problem}")) {
            if !known.contains(&marker.rule.as_str()) {
                let place = format!("{}:{}", display_path(&marker.path), marker.line);
                unknown.entry(marker.rule).or_insert((0, place)).0 += 1;
            }
        }
    }
    let report: Vec<String> = unknown
        .iter()
        .map(|(rule, (uses, first))| format!("  {rule:?}: {uses} markers, first at {first}"))
        .collect();
    assert!(
        report.is_empty(),
        "markers name rules that asynclint::rules::all() does not list (known: {known:?}):\n{}",
        report.join("\n")
    );
}

/// Messages start lowercase with no trailing period, rule findings carry a help line, and a
/// blocking call is labelled with its enclosing async context.
#[test]
fn diagnostics_follow_the_message_style() {
    let mut problems = Vec::new();
    for krate in all_fixture_crates() {
        for finding in krate.check() {
            problems.extend(style_problems(&finding));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn style_problems(finding: &Diagnostic) -> Vec<String> {
    let mut problems = Vec::new();
    let first = finding.message.chars().next();
    if first.is_none_or(char::is_uppercase) {
        problems.push("message must start lowercase");
    }
    if finding.message.ends_with('.') {
        problems.push("message must not end with a period");
    }
    let is_rule = asynclint::rules::find(&finding.rule).is_some();
    if is_rule && finding.help.as_deref().is_none_or(str::is_empty) {
        problems.push("a rule finding needs a help line saying what to write instead");
    }
    if finding
        .help
        .as_deref()
        .is_some_and(|help| help.ends_with('.'))
    {
        problems.push("help must not end with a period");
    }
    if finding.rule == "blocking-in-async" && finding.labels.is_empty() {
        problems.push("a blocking call needs a secondary label on its enclosing async context");
    }
    problems
        .into_iter()
        .map(|problem| format!("{}: {problem}", describe(finding)))
        .collect()
}

/// The demo crate newcomers run the CLI on: its findings are listed in
/// `lints/demo-service/expected-findings.txt` (the source carries no markers).
#[test]
fn demo_service_reports_exactly_the_listed_findings() {
    let root = lints_dir().join("demo-service");
    let krate = common::load_crate_dir(&root);
    let listing = std::fs::read_to_string(root.join("expected-findings.txt"))
        .expect("lints/demo-service/expected-findings.txt");
    let mut expected: Vec<String> = listing
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.trim().to_string())
        .collect();
    expected.sort();
    let findings = krate.check();
    let mut got: Vec<String> = findings
        .iter()
        .map(|finding| {
            let relative = finding.path.strip_prefix(&root).unwrap_or(&finding.path);
            format!(
                "{}:{} {}",
                relative.display(),
                finding.span.start.line,
                finding.rule
            )
        })
        .collect();
    got.sort();
    let missing: Vec<_> = expected.iter().filter(|e| !got.contains(e)).collect();
    let extra: Vec<_> = findings
        .iter()
        .zip(&got)
        .filter(|(_, g)| !expected.contains(g))
        .map(|(finding, _)| describe(finding))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "lints/demo-service disagrees with expected-findings.txt\n  missing: {missing:#?}\n  extra: {extra:#?}"
    );
    let every_rule_shown = asynclint::rules::all()
        .iter()
        .filter(|rule| !asynclint::rules::allow_by_default(rule.name))
        .all(|rule| got.iter().any(|g| g.ends_with(&format!(" {}", rule.name))));
    assert!(
        every_rule_shown,
        "the demo must show every rule that is on by default at least once: {got:#?}"
    );
}

fn in_memory_file(name: &str, text: String) -> SourceFile {
    SourceFile {
        path: PathBuf::from("generated").join(name),
        text: Arc::from(text),
        report: true,
        explicit: false,
    }
}

/// Pathological nesting, generated here rather than committed: the engine must not overflow
/// its stack or panic, may only report a `syntax-error` for those files, and must still check
/// the crate's other files (including moderately nested code, which is analysed normally).
#[test]
fn deeply_nested_input_is_survived_and_other_files_are_still_checked() {
    const DEPTH: usize = 100_000;
    let parens = format!(
        "fn main() {{\n    let x = {}1{};\n}}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    );
    let arrays = format!(
        "fn main() {{\n    let x = {}0{};\n}}\n",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    );
    let blocks = format!(
        "async fn main() {{\n{}std::thread::sleep(d);{}\n}}\n",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    let unbalanced = format!("fn main() {{\n    let x = {};\n}}\n", "(".repeat(DEPTH));
    let moderate = format!(
        "async fn wait() {{\n    std::thread::sleep({}std::time::Duration::from_millis(5){});\n}}\n",
        "(".repeat(40),
        ")".repeat(40)
    );
    let plain =
        "async fn tick() {\n    std::thread::sleep(std::time::Duration::from_secs(1));\n}\n";
    let input = CrateInput {
        root: PathBuf::from("generated"),
        edition: Edition::E2021,
        files: vec![
            in_memory_file("deep_parens.rs", parens),
            in_memory_file("deep_arrays.rs", arrays),
            in_memory_file("deep_blocks.rs", blocks),
            in_memory_file("unbalanced.rs", unbalanced),
            in_memory_file("moderate.rs", moderate),
            in_memory_file("plain.rs", plain.to_string()),
        ],
        package: None,
    };
    let findings = check_crate(&input, &AnalysisOptions::default());

    let deep_names = [
        "deep_parens.rs",
        "deep_arrays.rs",
        "deep_blocks.rs",
        "unbalanced.rs",
    ];
    let is_deep = |path: &Path| deep_names.iter().any(|name| path.ends_with(name));
    let wrong: Vec<String> = findings
        .iter()
        .filter(|f| is_deep(&f.path) && f.rule != "syntax-error")
        .map(describe)
        .collect();
    assert!(
        wrong.is_empty(),
        "pathological files may only yield syntax-error: {wrong:#?}"
    );
    let unbalanced_reported = findings
        .iter()
        .any(|f| f.path.ends_with("unbalanced.rs") && f.rule == "syntax-error");
    assert!(
        unbalanced_reported,
        "an unclosed `(` must be a syntax-error: {findings:#?}"
    );
    for name in ["moderate.rs", "plain.rs"] {
        let found = findings.iter().any(|f| {
            f.path.ends_with(name) && f.rule == "blocking-in-async" && f.span.start.line == 2
        });
        assert!(
            found,
            "generated/{name}:2 must still get blocking-in-async; got {:#?}",
            findings.iter().map(describe).collect::<Vec<_>>()
        );
    }
}
