//! End-to-end tests of the output formats: the JSON field contract, JSON lines, SARIF 2.1.0
//! validated against the official schema, GitHub annotations and the concise editor format.

mod support;

use serde_json::Value;
use support::{BLOCKING_SLEEP, Project};

/// A crate with one blocking call (line 4) and one stale suppression (src/stale.rs line 1).
fn project_with_findings() -> Project {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", &format!("{BLOCKING_SLEEP}mod stale;\n"))
        .file(
            "src/stale.rs",
            "pub fn f() {} // asynclint: allow(detached-spawn) -- the spawn moved\n",
        );
    project
}

const ARGS: &[&str] = &["check", "--report-unused-suppressions", "--format"];

fn run_format(project: &Project, format: &str) -> support::Run {
    let mut args = ARGS.to_vec();
    args.push(format);
    project.run(&args)
}

#[test]
fn json_is_an_array_with_the_stable_fields_one_based() {
    let project = project_with_findings();
    let run = run_format(&project, "json");
    run.expect_code(1);
    let found = run.json();
    assert_eq!(found.len(), 2, "{}", run.stdout);

    let blocking = &found[0];
    assert_eq!(blocking["rule"], "blocking-in-async");
    assert_eq!(blocking["severity"], "warning");
    assert_eq!(blocking["path"], "src/lib.rs");
    assert_eq!(blocking["line"], 4);
    assert_eq!(blocking["column"], 5, "the call starts after four spaces");
    assert_eq!(blocking["end_line"], 4);
    assert!(blocking["end_column"].as_u64().unwrap() > 5);
    assert!(blocking["message"].as_str().unwrap().contains("sleep"));
    assert!(
        blocking["help"]
            .as_str()
            .unwrap()
            .contains("tokio::time::sleep")
    );

    let stale = &found[1];
    assert_eq!(stale["rule"], "unused-suppression");
    assert_eq!(stale["path"], "src/stale.rs");
    assert_eq!(
        (stale["line"].as_u64(), stale["column"].as_u64()),
        (Some(1), Some(35))
    );
    assert_eq!(stale["end_column"], 35 + "detached-spawn".len());

    for finding in &found {
        for key in ["rule", "severity", "path", "message"] {
            assert!(finding[key].is_string(), "{key} in {finding}");
        }
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(finding[key].as_u64().unwrap() >= 1, "{key} in {finding}");
        }
        assert!(
            finding.get("help").is_some(),
            "help present (string or null)"
        );
        let message = finding["message"].as_str().unwrap();
        assert!(!message.ends_with('.'), "no trailing period: {message}");
        assert!(
            !message.starts_with(|c: char| c.is_uppercase()),
            "lowercase start: {message}"
        );
    }
}

#[test]
fn json_of_a_clean_run_is_an_empty_array() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", "pub fn f() {}\n");
    let run = project.run(&["check", "--format", "json"]);
    run.expect_code(0);
    assert_eq!(run.json().len(), 0);
}

#[test]
fn json_lines_has_one_object_per_line() {
    let project = project_with_findings();
    let run = run_format(&project, "json-lines");
    run.expect_code(1);
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["rule"], "unused-suppression");
}

#[test]
fn sarif_validates_against_the_2_1_0_schema_and_carries_rule_docs() {
    let project = project_with_findings();
    let run = run_format(&project, "sarif");
    run.expect_code(1);
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();

    let schema_path = support::repo_root().join("tests/data/sarif-2.1.0-schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|err| format!("{} at {}", err, err.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF is invalid:\n{}",
        errors.join("\n")
    );

    // A document the schema rejects proves the validator is not vacuous.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("loud");
    assert!(!validator.is_valid(&broken));

    assert_eq!(sarif["version"], "2.1.0");
    let driver = &sarif["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "asynclint");
    let rules = driver["rules"].as_array().unwrap();
    let blocking = rules
        .iter()
        .find(|rule| rule["id"] == "blocking-in-async")
        .expect("rule metadata for blocking-in-async");
    assert!(
        !blocking["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    assert!(
        !blocking["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .contains("## ")
    );
    assert!(
        blocking["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("## Why is this bad?")
    );

    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let first = &results[0];
    assert_eq!(first["ruleId"], "blocking-in-async");
    let index = first["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "blocking-in-async");
    let location = &first["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "src/lib.rs");
    assert_eq!(location["region"]["startLine"], 4);
    assert_eq!(location["region"]["startColumn"], 5);
}

#[test]
fn github_annotations_name_file_position_and_rule() {
    let project = project_with_findings();
    let run = run_format(&project, "github");
    run.expect_code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[0].starts_with("::warning file=src/lib.rs,line=4,col=5,endLine=4,endColumn="),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains(",title=asynclint blocking-in-async::"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("%0Ahelp: "),
        "help on its own line: {}",
        lines[0]
    );
    assert!(lines[1].starts_with("::warning file=src/stale.rs,line=1,col=35,"));
}

#[test]
fn concise_lines_match_an_editor_problem_matcher() {
    let project = project_with_findings();
    let run = run_format(&project, "concise");
    run.expect_code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("src/lib.rs:4:5: warning[blocking-in-async]: "),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("src/stale.rs:1:35: warning[unused-suppression]: unused suppression")
    );
    // The rustc/gcc problem-matcher shape: file:line:col: severity...: message
    for line in &lines[..2] {
        let mut parts = line.splitn(4, ':');
        let (file, line_no, col) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(file.ends_with(".rs"));
        assert!(line_no.parse::<u32>().is_ok() && col.parse::<u32>().is_ok());
    }
    assert!(lines[2].starts_with("2 warnings in 2 files (2 files checked in "));
}

#[test]
fn human_output_is_rustc_like() {
    let project = project_with_findings();
    let run = run_format(&project, "human");
    run.expect_code(1);
    let out = &run.stdout;
    assert!(out.contains("warning[blocking-in-async]: "), "{out}");
    assert!(out.contains("┌─ src/lib.rs:4:5"), "{out}");
    assert!(
        out.contains("4 │     std::thread::sleep(Duration::from_millis(50));"),
        "{out}"
    );
    assert!(out.contains("^^^^"), "{out}");
    assert!(out.contains("= help: "), "{out}");
    assert!(
        out.contains("2 warnings in 2 files (2 files checked in "),
        "{out}"
    );
}
